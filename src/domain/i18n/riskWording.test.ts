import { describe, expect, it } from 'vitest';
import { rules as en } from './en/rules';
import { rules as fa } from './fa/rules';
import { rules as fi } from './fi/rules';
import { rules as zh } from './zh-Hans/rules';
import { ISOLATE_END, ISOLATE_START, type MessageParams } from './wording';

// A step or a concern is the user's text, in whatever direction it was written: set into a risk
// reason it is isolated, or a Persian step name in an English sentence pulls its Latin words and the
// closing quote to the wrong side.
const PERSIAN_STEP = 'ساخت مدل داده در Power BI';
const word = (template: unknown, params: MessageParams, locale: string): string =>
  (template as (p: MessageParams, l: string) => string)(params, locale);

describe('risk reasons set the user’s text into the sentence isolated', () => {
  it.each([
    ['en', en],
    ['fi', fi],
    ['zh-Hans', zh],
    ['fa', fa],
  ] as const)('in %s', (locale, catalog) => {
    const isolated = `${ISOLATE_START}${PERSIAN_STEP}${ISOLATE_END}`;
    expect(
      word(catalog['rules.risk.step-overdue'], { stepText: PERSIAN_STEP, dueDate: '2026-11-30' }, locale),
    ).toContain(isolated);
    expect(
      word(catalog['rules.risk.concern-open-proposed'], { risk: PERSIAN_STEP, proposedDate: '2026-12-04' }, locale),
    ).toContain(isolated);
  });
});
