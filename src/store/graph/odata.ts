/**
 * OData literals for `$filter`. A value is always a quoted string literal with single quotes
 * doubled (OData ABNF, `SQUOTE-in-string`), so `o'brien@contoso.com` cannot end the literal early
 * and inject another clause. The result still has to be URL-encoded (`filterParam` does that).
 */
export function odataString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** `fields/<column> eq '<value>'` for a list item column (internal name, never user text). */
export function fieldEquals(column: string, value: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(column)) throw new Error(`Not a column name: ${column}`);
  return `fields/${column} eq ${odataString(value)}`;
}

/** Joins clauses with `or`, each in parentheses. */
export const anyOf = (clauses: readonly string[]): string => clauses.map((c) => `(${c})`).join(' or ');

/** `$filter=` with the expression percent-encoded (quotes, `&`, `#`, `+` and non-ASCII included). */
export const filterParam = (expression: string): string => `$filter=${encodeURIComponent(expression)}`;
