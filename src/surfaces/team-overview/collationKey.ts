// Sorting 100,000 rows asks the collator hundreds of thousands of times (every tie on status and
// date compares titles). Most titles and names are plain Latin letters, digits and spaces; for those a
// key compared with `<` orders exactly as Intl.Collator({ sensitivity: 'base', numeric: true }) does
// in the locales Kept speaks (collationKey.test.ts checks it against the collator itself), so the
// collator is asked only when a text has anything else.

const SIMPLE = /^[A-Za-z0-9 ]*$/;
const [ZERO, NINE] = [48, 57];
/** Longer digit runs would not fit the one-character length: such a text goes to the collator. */
const MAX_DIGITS = 9;

/**
 * Lower-cased, each run of digits as its length (one character) and its digits without leading
 * zeros, so "Request 9" sorts before "Request 10"; undefined when the text is not simple. One pass
 * over the digits, no callback per run: a sort by status makes a key for every title it sorts.
 */
export function simpleCollationKey(text: string): string | undefined {
  if (!SIMPLE.test(text)) return undefined;
  const lower = text.toLowerCase();
  let key = '';
  let copied = 0;
  for (let i = 0; i < lower.length; i += 1) {
    const code = lower.charCodeAt(i);
    if (code < ZERO || code > NINE) continue;
    const start = i;
    while (i + 1 < lower.length && lower.charCodeAt(i + 1) >= ZERO && lower.charCodeAt(i + 1) <= NINE) i += 1;
    let first = start;
    while (first <= i && lower.charCodeAt(first) === ZERO) first += 1;
    const digits = i + 1 - first;
    if (digits > MAX_DIGITS) return undefined;
    key += lower.slice(copied, start) + String.fromCharCode(ZERO + digits) + lower.slice(first, i + 1);
    copied = i + 1;
  }
  return copied === 0 ? lower : key + lower.slice(copied);
}

/**
 * Compares `texts` by position as `collator.compare` would (base sensitivity, numeric): each text's
 * simple key is worked out once, and the collator is asked only for a pair where either has none.
 */
export function textOrder(texts: readonly string[], collator: Intl.Collator): (i: number, j: number) => number {
  const keys = texts.map(simpleCollationKey);
  return (i, j) => {
    const a = keys[i];
    const b = keys[j];
    if (a !== undefined && b !== undefined) return a < b ? -1 : a > b ? 1 : 0;
    return collator.compare(texts[i] as string, texts[j] as string);
  };
}
