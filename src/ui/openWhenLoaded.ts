import { useCallback, useEffect, useRef, useState } from 'react';
import type { PreloadableComponent } from './lazyTranslated';
import { preloadOnIntent, type IntentProps } from './preloadOnIntent';

/**
 * How long a click waits for a view's code before the place where it will show says it is loading.
 * Under it the view just appears; over it (a slow network), the click shows it was heard.
 */
export const SHOW_LOADING_AFTER_MS = 300;

/**
 * Opens what shows the lazily loaded `component` once its code has arrived: at once when it has
 * (the pointer or the focus came to the button first), or some 20 ms after a click that came with no
 * warning (a touch, a quick keyboard). Opened before its code arrives, the component suspends, and
 * React holds back revealing a suspended component for 300 ms after its fallback showed: the click
 * would seem to do nothing, or flash a spinner, for a third of a second. A failed download opens it
 * all the same, so its own load tries again and its error boundary says what went wrong. `slow` is
 * called when the code takes longer than SHOW_LOADING_AFTER_MS, for the caller to show that it is
 * loading without suspending. Returns what drops the opening (the user did something else meanwhile).
 */
export function openWhenLoaded(
  component: PreloadableComponent<never>,
  open: () => void,
  slow?: () => void,
): () => void {
  if (component.isLoaded()) {
    open();
    return () => undefined;
  }
  let live = true;
  const timer = slow === undefined ? undefined : setTimeout(() => live && slow(), SHOW_LOADING_AFTER_MS);
  const settle = () => {
    clearTimeout(timer);
    if (live) open();
    live = false;
  };
  component.preload().then(settle, settle);
  return () => {
    clearTimeout(timer);
    live = false;
  };
}

export interface OpenerProps extends IntentProps {
  readonly onClick: () => void;
}

/**
 * Props for a button that opens a lazily loaded dialog: its code starts loading when the pointer or
 * the focus comes to the button (`preloadOnIntent`), and the click opens it once loaded.
 */
export function opensWhenLoaded(component: PreloadableComponent<never>, open: () => void): OpenerProps {
  return { ...preloadOnIntent(component), onClick: () => void openWhenLoaded(component, open) };
}

export interface PendingOpen {
  /** `openWhenLoaded`, dropping what this one was still waiting to open. */
  readonly open: (component: PreloadableComponent<never>, open: () => void) => void;
  /** Drops what is waiting to open: the user did something else. */
  readonly cancel: () => void;
  /** The code is slow to come: show that it is loading where the view will appear. */
  readonly slow: boolean;
}

/**
 * One place (a panel, a row) that opens lazily loaded views in itself: one waits at a time, the last
 * asked for; a view that takes long to load shows as loading; nothing opens after the place is gone.
 */
export function usePendingOpen(): PendingOpen {
  const pending = useRef<() => void>(undefined);
  const [slow, setSlow] = useState(false);
  const cancel = useCallback(() => {
    pending.current?.();
    pending.current = undefined;
    setSlow(false);
  }, []);
  const open = useCallback(
    (component: PreloadableComponent<never>, show: () => void) => {
      cancel();
      pending.current = openWhenLoaded(
        component,
        () => {
          pending.current = undefined;
          setSlow(false);
          show();
        },
        () => setSlow(true),
      );
    },
    [cancel],
  );
  useEffect(() => () => pending.current?.(), []);
  return { open, cancel, slow };
}
