import { describe, expect, it } from 'vitest';
import { t } from './index';
import { loadLocale, loadMessageLanguage, registerTranslations, translationsReady } from './load';

// One module instance for the whole file: what a test loads stays loaded, as in a page.
describe('loading a language', () => {
  it('words the core in English until the language is loaded, then in that language', async () => {
    expect(t('fi-FI', 'common.save')).toBe('Save');
    await loadLocale('fi-FI');
    expect(t('fi-FI', 'common.save')).toBe('Tallenna');
    expect(t('fi', 'domain.format.businessDays', { count: 3 })).toBe('3 arkipäivää');
  });

  const loadedParts: string[] = [];
  const part = (name: string) => async () => {
    loadedParts.push(name);
    return { 'shell.banner': name };
  };

  it('loads the parts surfaces registered, and those registered later once translationsReady is awaited', async () => {
    registerTranslations({ fi: part('fi 1'), fa: part('fa 1'), 'zh-Hans': part('zh 1') });
    await loadLocale('fi');
    expect(t('fi', 'shell.banner')).toBe('fi 1');
    // A surface whose code arrives later (a lazy chunk) registers its part then.
    registerTranslations({ fi: part('fi 2'), fa: part('fa 2'), 'zh-Hans': part('zh 2') });
    await translationsReady();
    expect(t('fi', 'shell.banner')).toBe('fi 2');
    // Persian was never the UI's language: nothing of it was fetched.
    expect(t('fa', 'shell.banner')).toBe('Standalone demo');
    expect(loadedParts).toEqual(['fi 1', 'fi 2']);
  });

  it('loads only the core (where drafts are worded) for a customer message language', async () => {
    await loadMessageLanguage('zh-CN');
    expect(t('zh-CN', 'domain.draft.plan.stepsHeading')).toBe('计划');
    // The surfaces' parts are not fetched: the pane stays in the UI's language.
    expect(loadedParts).toEqual(['fi 1', 'fi 2']);
    expect(t('zh-CN', 'shell.banner')).toBe('独立演示');
  });

  it('needs nothing for English', async () => {
    await loadLocale('en-GB');
    await loadMessageLanguage('en');
    expect(t('en-GB', 'common.save')).toBe('Save');
  });
});
