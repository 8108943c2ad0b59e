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

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

// The suite runs its files in parallel on two cores: findBy*/waitFor get 5 s instead of 1 s, so a
// busy machine slows a test down instead of failing it.
if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/react');
  configure({ asyncUtilTimeout: 5000 });
}

afterEach(async () => {
  if (typeof document !== 'undefined') {
    const { cleanup } = await import('@testing-library/react');
    cleanup();
  }
});
