import { describe, expect, it } from 'vitest';
import type { MessageParams, MessageTemplate } from './index';
import { TRANSLATED_LOCALES } from './locales';

// Every catalog file of every locale, found by path (`en/taskpane.ts`, `fi/taskpane.ts`…), so a file
// English gains (say `en/digest.ts`) fails here until each language has its own.
const files = import.meta.glob<Record<string, unknown>>(['./*/*.ts', '!./*/index.ts', '!./**/*.test.ts'], {
  eager: true,
});

type Catalog = Record<string, MessageTemplate>;

function catalogOf(locale: string, part: string): Catalog | undefined {
  const module = files[`./${locale}/${part}.ts`];
  if (module === undefined) return undefined;
  const exported = Object.values(module).filter((value) => typeof value === 'object' && value !== null);
  return Object.assign({}, ...exported) as Catalog;
}

const parts = Object.keys(files)
  .filter((path) => path.startsWith('./en/'))
  .map((path) => path.slice('./en/'.length, -'.ts'.length))
  .sort();

// A function template names its parameters only by reading them: call it with parameters that
// record every name read, over counts that reach each plural form (0, 1, 2, 5, 1.5, negative) and a date.
const SAMPLES: readonly (string | number)[] = [0, 1, 2, 5, 21, 1.5, -3, '2026-11-27', 'text'];

export function placeholders(template: MessageTemplate, locale: string): Set<string> {
  const names = new Set<string>();
  const inText = (text: string) => {
    for (const match of text.matchAll(/\{(\w+)\}/g)) names.add(match[1] ?? '');
  };
  if (typeof template === 'string') {
    inText(template);
    return names;
  }
  for (const sample of SAMPLES) {
    const params = new Proxy({} as MessageParams, {
      get: (_, key) => {
        if (typeof key === 'string') names.add(key);
        return sample;
      },
    });
    inText(template(params, locale));
  }
  return names;
}

const sorted = (set: Set<string>) => [...set].sort();

/** A translation identical to English is English left behind, unless nothing in it is a word. */
const hasWords = (text: string) =>
  /[A-Za-z]{2,}/.test(text.replace(/\{\w+\}/g, '').replace(/\b(Kept|Microsoft 365|Outlook|Teams|SharePoint)\b/g, ''));

describe('message catalogs', () => {
  it('finds the English files', () => {
    expect(parts).toEqual([
      'actions',
      'commitment',
      'common',
      'domain',
      'meeting',
      'merge',
      'overview',
      'rules',
      'shell',
      'taskpane',
      'teamTools',
    ]);
  });

  describe.each(TRANSLATED_LOCALES)('%s', (locale) => {
    it.each(parts)('has every key of en/%s.ts, in its own file of the same name, and no other', (part) => {
      const english = catalogOf('en', part) ?? {};
      const translated = catalogOf(locale, part);
      expect(translated, `${locale}/${part}.ts is missing`).toBeDefined();
      const missing = Object.keys(english).filter((key) => !(key in (translated ?? {})));
      const extra = Object.keys(translated ?? {}).filter((key) => !(key in english));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });

    it.each(parts)('en/%s.ts: every message has exactly the placeholders English has', (part) => {
      const english = catalogOf('en', part) ?? {};
      const translated = catalogOf(locale, part) ?? {};
      const differing = Object.entries(english)
        .filter(([key]) => key in translated)
        .map(([key, template]) => ({
          key,
          english: sorted(placeholders(template, 'en')),
          [locale]: sorted(placeholders(translated[key] as MessageTemplate, locale)),
        }))
        .filter((row) => JSON.stringify(row.english) !== JSON.stringify(row[locale]));
      expect(differing).toEqual([]);
    });

    it.each(parts)('en/%s.ts: no message is left in English', (part) => {
      const english = catalogOf('en', part) ?? {};
      const translated = catalogOf(locale, part) ?? {};
      const untranslated = Object.entries(translated)
        .filter(([key, template]) => typeof template === 'string' && template === english[key] && hasWords(template))
        .map(([key]) => key);
      expect(untranslated).toEqual([]);
    });
  });

  it('Persian writes its digits in Persian (the digits of product names and examples aside)', () => {
    const latinDigits = parts.flatMap((part) =>
      Object.entries(catalogOf('fa', part) ?? {})
        .filter(([, template]) => typeof template === 'string')
        .filter(([, template]) =>
          /[0-9]/.test((template as string).replace(/Microsoft 365|Q3|name@contoso\.com|IndexedDB/g, '')),
        )
        .map(([key]) => key),
    );
    expect(latinDigits).toEqual([]);
  });
});

describe('placeholders()', () => {
  it('reads names from strings, plural forms and functions', async () => {
    const { plural } = await import('./wording');
    expect(sorted(placeholders('Step {n} of {total}', 'en'))).toEqual(['n', 'total']);
    expect(sorted(placeholders(plural({ one: 'one {a}', other: '# {b}' }), 'en'))).toEqual(['a', 'b', 'count']);
    expect(sorted(placeholders((p) => `${String(p.days)} days`, 'en'))).toEqual(['days']);
  });
});
