import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { translationsReady } from '../domain/i18n/load';

/**
 * A component loaded on demand whose module may register words of its own (a surface's
 * `messages.ts`): it renders once those words are loaded in the page's language, so a lazily loaded
 * form never flashes English in a translated page.
 */
export function lazyTranslated<P extends object>(
  load: () => Promise<ComponentType<P>>,
): LazyExoticComponent<ComponentType<P>> {
  return lazy(async () => {
    const component = await load();
    await translationsReady();
    return { default: component };
  });
}
