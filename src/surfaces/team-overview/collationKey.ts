// Sorting 100,000 rows asks the collator hundreds of thousands of times (every tie on status and
// date compares titles). Most titles and names are plain Latin letters, digits and spaces; for those a
// key compared with `<` orders exactly as Intl.Collator({ sensitivity: 'base', numeric: true }) does
// in the locales Kept speaks (collationKey.test.ts checks it against the collator itself), so the
// collator is asked only when a text has anything else.

import { ascending } from './rankOrder';

const [SPACE, ZERO, NINE, UPPER_A, UPPER_Z, LOWER_A, LOWER_Z] = [32, 48, 57, 65, 90, 97, 122];
const LOWER_CASE_OFFSET = LOWER_A - UPPER_A;
/** Longer digit runs would not fit the one-character length: such a text goes to the collator. */
const MAX_DIGITS = 9;
/** String.fromCharCode takes the codes as arguments: a long text's key is made this many at a time. */
const CODES_PER_CALL = 4096;

const isDigit = (code: number): boolean => code >= ZERO && code <= NINE;

/**
 * The key's character codes, reused from one key to the next (a sort makes one for every title): a
 * key is at most twice as long as its text (a lone digit gains its run's length). A longer text gets
 * a buffer of its own, so one long text does not keep a large one alive.
 */
const REUSED_CODES = 256;
const reused = new Uint16Array(REUSED_CODES);

function stringOf(codes: Uint16Array, length: number): string {
  let text = '';
  for (let start = 0; start < length; start += CODES_PER_CALL) {
    const chunk = codes.subarray(start, Math.min(length, start + CODES_PER_CALL));
    // apply takes the typed array as it is, where a spread would iterate it.
    text += String.fromCharCode.apply(null, chunk as unknown as number[]);
  }
  return text;
}

/**
 * Lower-cased, each run of digits as its length (one character) and its digits without leading
 * zeros, so "Request 9" sorts before "Request 10"; undefined when the text has anything but Latin
 * letters, digits and spaces. One pass over the text; the text itself when nothing changes.
 */
export function simpleCollationKey(text: string): string | undefined {
  const n = text.length;
  const codes = 2 * n <= REUSED_CODES ? reused : new Uint16Array(2 * n);
  let length = 0;
  let changed = false;
  for (let i = 0; i < n; i += 1) {
    const code = text.charCodeAt(i);
    if ((code >= LOWER_A && code <= LOWER_Z) || code === SPACE) codes[length++] = code;
    else if (code >= UPPER_A && code <= UPPER_Z) {
      codes[length++] = code + LOWER_CASE_OFFSET;
      changed = true;
    } else if (isDigit(code)) {
      let first = i;
      while (first < n && text.charCodeAt(first) === ZERO) first += 1;
      let end = first;
      while (end < n && isDigit(text.charCodeAt(end))) end += 1;
      if (end - first > MAX_DIGITS) return undefined;
      codes[length++] = ZERO + end - first;
      for (let k = first; k < end; k += 1) codes[length++] = text.charCodeAt(k);
      i = end - 1;
      changed = true;
    } else return undefined;
  }
  return changed ? stringOf(codes, length) : text;
}

/** Two texts with their simple keys (undefined: none), compared as `collator.compare` would. */
function compareTexts(
  a: string,
  keyA: string | undefined,
  b: string,
  keyB: string | undefined,
  collator: Intl.Collator,
) {
  if (keyA !== undefined && keyB !== undefined) return ascending(keyA, keyB);
  return collator.compare(a, b);
}

/**
 * Compares `texts` by position as `collator.compare` would (base sensitivity, numeric): each text's
 * simple key is worked out once, and the collator is asked only for a pair where either has none.
 */
export function textOrder(texts: readonly string[], collator: Intl.Collator): (i: number, j: number) => number {
  const keys = texts.map(simpleCollationKey);
  if (keys.every((key) => key !== undefined)) {
    // The usual case, with one call fewer per comparison: the hundreds of thousands a sort makes at 100k.
    const simple = keys as readonly string[];
    return (i, j) => ascending(simple[i] as string, simple[j] as string);
  }
  return (i, j) => compareTexts(texts[i] as string, keys[i], texts[j] as string, keys[j], collator);
}

/** The same for texts themselves, for a sort of distinct texts: each one's key worked out once. */
export function textComparer(collator: Intl.Collator): (a: string, b: string) => number {
  const keys = new Map<string, string | undefined>();
  const keyOf = (text: string) => {
    if (!keys.has(text)) keys.set(text, simpleCollationKey(text));
    return keys.get(text);
  };
  return (a, b) => compareTexts(a, keyOf(a), b, keyOf(b), collator);
}
