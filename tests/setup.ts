// Every test gets a fresh in-memory IndexedDB (fake-indexeddb), in node and jsdom alike.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach } from 'vitest';

// jsdom has no ResizeObserver; Fluent's MessageBar and the overview's virtual rows measure themselves.
if (typeof document !== 'undefined' && typeof globalThis.ResizeObserver === 'undefined') {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
}

// jsdom has no layout: `offsetParent` is always null, so Fluent's focus finders (tabster) take every
// field for hidden. A dialog then focuses its own surface instead of its first field, tabster never
// activates the dialog's modalizer, and 250 ms later marks the dialog aria-hidden: a test that looks
// for the dialog after that finds nothing. Answer `offsetParent` as a browser does (null only when
// the element or an ancestor is not rendered, or it is fixed), so focus lands where it does in Chromium.
if (typeof document !== 'undefined') {
  Object.defineProperty(HTMLElement.prototype, 'offsetParent', {
    configurable: true,
    get(this: HTMLElement): Element | null {
      if (!this.isConnected || this === document.body || this === document.documentElement) return null;
      if (getComputedStyle(this).position === 'fixed') return null;
      const rendered = (e: HTMLElement): boolean => !e.hidden && getComputedStyle(e).display !== 'none';
      if (!rendered(this)) return null;
      for (let e = this.parentElement; e !== null; e = e.parentElement) if (!rendered(e)) return null;
      for (let e = this.parentElement; e !== null; e = e.parentElement) {
        if (e === document.body || getComputedStyle(e).position !== 'static') return e;
      }
      return document.body;
    },
  });
  // Tabster also takes a 0×0 body for a hidden frame; a page's body fills the window.
  const bodyRect = HTMLBodyElement.prototype.getBoundingClientRect;
  HTMLBodyElement.prototype.getBoundingClientRect = function (this: HTMLBodyElement) {
    const rect = bodyRect.call(this);
    return rect.width === 0 && rect.height === 0 ? new DOMRect(0, 0, innerWidth, innerHeight) : rect;
  };
}

// jsdom has no layout or scrolling: the overview's grid scrolls rows into view with scrollTo.
if (typeof document !== 'undefined' && typeof Element.prototype.scrollTo !== 'function') {
  Element.prototype.scrollTo = function scrollTo(this: Element, options?: ScrollToOptions | number) {
    if (typeof options === 'object' && options.top !== undefined) this.scrollTop = options.top;
  } as Element['scrollTo'];
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

// The suite runs its files in parallel on two cores: findBy*/waitFor get 5 s instead of 1 s, so a
// busy machine slows a test down instead of failing it.
if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/react');
  configure({ asyncUtilTimeout: 5000 });
}

// The overview keeps its filters in the URL: each test starts from the page it started on.
const startUrl = typeof window === 'undefined' ? undefined : window.location.href;

afterEach(async () => {
  if (typeof document !== 'undefined') {
    const { cleanup } = await import('@testing-library/react');
    cleanup();
    if (startUrl !== undefined && window.location.href !== startUrl) window.history.replaceState(null, '', startUrl);
  }
});
