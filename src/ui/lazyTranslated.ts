import { createElement, lazy, useEffect, useState, type ComponentType, type FunctionComponent } from 'react';
import { translationsReady } from '../domain/i18n/load';

export type PreloadableComponent<P extends object> = FunctionComponent<P> & {
  /** Starts loading the component (and its words) now; later renders then show it at once. */
  preload(): Promise<void>;
  /** True once it renders without suspending. */
  isLoaded(): boolean;
};

/**
 * A component loaded on demand whose module may register words of its own (a surface's
 * `messages.ts`): it renders once those words are loaded in the page's language, so a lazily loaded
 * form never flashes English in a translated page.
 *
 * Once loaded (for instance by `preload()` while the page still waits for its data), it renders
 * without suspending: React holds back the reveal of suspended content for up to 300 ms after a
 * fallback showed, which made a view fetched in time still appear late. Whether it suspends is
 * decided once per mount, so a mounted view never changes type and never loses its state.
 */
export function lazyTranslated<P extends object>(load: () => Promise<ComponentType<P>>): PreloadableComponent<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const ensure = () =>
    (loading ??= (async () => {
      const component = await load();
      await translationsReady();
      loaded = component;
      return component;
    })().catch((error: unknown) => {
      // A failed download is tried again by the next render or preload.
      loading = undefined;
      throw error;
    }));
  const Lazy = lazy(async () => ({ default: await ensure() }));

  function LazyTranslated(props: P) {
    const [Component] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return createElement(Component, props);
  }
  return Object.assign(LazyTranslated, {
    preload: () => ensure().then(() => undefined),
    isLoaded: () => loaded !== undefined,
  });
}

/**
 * Whether `component` (when one is given) can show without suspending; loads it when not. A view
 * that waits for this behind its own loading state shows the moment it is ready, where a suspended
 * one would be held back (see above). A failed load answers true too: the component's own load then
 * tries again, and an error boundary says what went wrong.
 */
export function useLoaded(component: PreloadableComponent<never> | undefined): boolean {
  const [, settled] = useState(0);
  const waiting = component !== undefined && !component.isLoaded();
  const [failed, setFailed] = useState<PreloadableComponent<never>>();
  useEffect(() => {
    if (component === undefined || component.isLoaded()) return;
    let live = true;
    component.preload().then(
      () => live && settled((n) => n + 1),
      // A component is a function: stored through an updater, not called as one.
      () => live && setFailed(() => component),
    );
    return () => {
      live = false;
    };
  }, [component]);
  return !waiting || failed === component;
}
