import { en } from '../../src/domain/i18n/en';
import { actions } from '../../src/domain/i18n/en/actions';
import { commitment } from '../../src/domain/i18n/en/commitment';
import { meeting } from '../../src/domain/i18n/en/meeting';
import { overview } from '../../src/domain/i18n/en/overview';
import { taskpane } from '../../src/domain/i18n/en/taskpane';
import { teamTools } from '../../src/domain/i18n/en/teamTools';
import type { MessageParams, MessageTemplate } from '../../src/domain/i18n';

// Finds English words left on a page shown in another language: every word of three letters or
// more that the English catalog uses is English, unless it is a product name, a key's name or part
// of the people's own data (titles, names, notes), which stay as they were written.

/** Names that are the same in every language: products, file formats, the app, keys, the example address. */
const SAME_IN_EVERY_LANGUAGE = new Set([
  'kept',
  'microsoft',
  'outlook',
  'teams',
  'sharepoint',
  'excel',
  'csv',
  'power',
  'indexeddb',
  'enter',
  'name',
  'contoso',
  'com',
]);

const SAMPLES: readonly (string | number)[] = [0, 1, 2, 5, 1.5, -3, '2026-11-27'];

function wordsOf(template: MessageTemplate): string[] {
  if (typeof template === 'string') return template.replace(/\{\w+\}/g, ' ').match(/[A-Za-z]{3,}/g) ?? [];
  return SAMPLES.flatMap((sample) => {
    const params = new Proxy({} as MessageParams, { get: () => sample });
    return template(params, 'en').match(/[A-Za-z]{3,}/g) ?? [];
  });
}

/** Every word the English catalog writes (lower case), product names aside. */
export const ENGLISH_WORDS: ReadonlySet<string> = new Set(
  Object.values({ ...en, ...actions, ...commitment, ...taskpane, ...overview, ...meeting, ...teamTools } as Record<
    string,
    MessageTemplate
  >)
    .flatMap(wordsOf)
    .map((word) => word.toLowerCase())
    .filter((word) => !SAME_IN_EVERY_LANGUAGE.has(word)),
);

/** Every text of a data set (titles, names, notes, subjects…), longest first: what people wrote. */
export function peoplesText(...data: unknown[]): string[] {
  const found = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      if (value.length >= 3) found.add(value);
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
  };
  data.forEach(walk);
  return [...found].sort((a, b) => b.length - a.length);
}

const ISOLATES = /[\u2068\u2069]/g;
const LINKS = /\bhttps?:\/\/\S+|\S+\.html(?:[?#]\S*)?/g;

/**
 * The texts of a page a reader meets (text, and the names, hints and placeholders read out or
 * shown), leaving out anything marked as written in another language (a draft in the customer's
 * language, a language's own name in a language picker).
 */
function textsOf(root: Element, pageLanguage: string): string[] {
  const texts: string[] = [];
  const language = pageLanguage.split('-')[0];
  const otherLanguage = (element: Element | null): boolean => {
    const marked = element?.closest('[lang]')?.getAttribute('lang');
    return marked !== undefined && marked !== null && marked !== '' && marked.split('-')[0] !== language;
  };
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = node.parentElement;
      if (parent === null || ['SCRIPT', 'STYLE'].includes(parent.tagName) || otherLanguage(parent)) continue;
      texts.push(node.textContent ?? '');
    } else {
      const element = node as Element;
      if (otherLanguage(element)) continue;
      for (const attribute of ['aria-label', 'aria-description', 'title', 'placeholder', 'alt']) {
        const value = element.getAttribute(attribute);
        if (value !== null) texts.push(value);
      }
    }
  }
  return texts;
}

/** A word English could have written: Latin letters only, and short or a word of the catalog. */
const isEnglish = (word: string) =>
  /^[A-Za-z]+$/.test(word) && (word.length < 3 || ENGLISH_WORDS.has(word.toLowerCase()));

/** The English words on the page, each with the text it was found in. */
export function englishOnScreen(root: Element, pageLanguage: string, people: readonly string[]): string[] {
  const found = new Set<string>();
  for (const raw of textsOf(root, pageLanguage)) {
    let text = raw.replace(ISOLATES, '');
    for (const written of people) if (text.includes(written)) text = text.split(written).join(' ');
    // A link is an address, not words (a nudge names the commitment's link: overview.html?commitment=…).
    text = text.replace(LINKS, ' ');
    for (const token of text.match(/\p{L}+(?:-\p{L}+)*/gu) ?? []) {
      const parts = token.split('-');
      // A compound joined with a hyphen is the page language's word when part of it is ("offline-tilassa").
      if (parts.length > 1 && parts.some((part) => !isEnglish(part))) continue;
      for (const word of parts) {
        if (/^[A-Za-z]{3,}$/.test(word) && ENGLISH_WORDS.has(word.toLowerCase()))
          found.add(`${word} — in “${raw.trim().slice(0, 90)}”`);
      }
    }
  }
  return [...found];
}
