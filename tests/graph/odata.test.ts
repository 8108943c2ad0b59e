import { describe, expect, it } from 'vitest';
import { anyOf, fieldEquals, filterParam, odataString } from '../../src/store/graph/odata';

describe('odataString', () => {
  it('quotes a value and doubles single quotes inside it', () => {
    expect(odataString('alex@contoso.com')).toBe("'alex@contoso.com'");
    expect(odataString("nestor.o'wilke@contoso.com")).toBe("'nestor.o''wilke@contoso.com'");
    expect(odataString("''")).toBe("''''''");
    expect(odataString('')).toBe("''");
  });

  it('cannot be broken out of: an injected clause stays inside the literal', () => {
    const hostile = "x' or fields/KeptOwnerEmail ne 'y";
    const literal = odataString(hostile);
    // Strip the outer quotes: no lone quote is left inside, so the literal cannot end early.
    expect(literal.slice(1, -1).replaceAll("''", '')).not.toContain("'");
  });

  it('keeps non-ASCII, RTL and emoji as they are (encoding happens in the URL)', () => {
    expect(odataString('مرحبا 🎉 会議')).toBe("'مرحبا 🎉 会議'");
  });
});

describe('fieldEquals and filterParam', () => {
  it('builds a fields/ filter and URL-encodes it whole', () => {
    const expression = fieldEquals('KeptSourceMessageId', "<o'brien&co#1+2@contoso.com>");
    expect(expression).toBe("fields/KeptSourceMessageId eq '<o''brien&co#1+2@contoso.com>'");
    const param = filterParam(expression);
    // & # + and spaces would end or change the query; quotes are legal in a query string.
    expect(param).not.toMatch(/[&#+ ]/);
    expect(decodeURIComponent(param.slice('$filter='.length))).toBe(expression);
  });

  it('refuses anything but a column name on the left', () => {
    expect(() => fieldEquals("Title') or (1 eq 1", 'x')).toThrow(/column/);
  });

  it('joins clauses with or', () => {
    expect(anyOf(['a', 'b'])).toBe('(a) or (b)');
  });
});
