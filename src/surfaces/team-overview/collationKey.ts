// Sorting 100,000 rows asks the collator hundreds of thousands of times (every tie on status and
// date compares titles). Most titles and names are plain Latin letters, digits and spaces; for those a
// key compared with `<` orders exactly as Intl.Collator({ sensitivity: 'base', numeric: true }) does
// in the locales Kept speaks (collationKey.test.ts checks it against the collator itself), so the
// collator is asked only when a text has anything else.

const SIMPLE = /^[A-Za-z0-9 ]*$/;
const DIGIT_RUN = /[0-9]+/g;

/**
 * Lower-cased, each run of digits as its length (one character) and its digits without leading
 * zeros, so "Request 9" sorts before "Request 10"; undefined when the text is not simple.
 */
export function simpleCollationKey(text: string): string | undefined {
  if (!SIMPLE.test(text)) return undefined;
  let tooLong = false;
  const key = text.toLowerCase().replace(DIGIT_RUN, (run) => {
    const value = run.replace(/^0+/, '');
    if (value.length > 9) tooLong = true;
    return String.fromCharCode(48 + value.length) + value;
  });
  return tooLong ? undefined : key;
}

export interface SortableText {
  readonly text: string;
  readonly key: string | undefined;
}

export const sortableText = (text: string): SortableText => ({ text, key: simpleCollationKey(text) });

/** Compares like `collator.compare` (base sensitivity, numeric), cheaply when both keys exist. */
export function compareText(a: SortableText, b: SortableText, collator: Intl.Collator): number {
  if (a.key !== undefined && b.key !== undefined) return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
  return collator.compare(a.text, b.text);
}
