import type { PreloadableComponent } from './lazyTranslated';
import { preloadOnIntent, type IntentProps } from './preloadOnIntent';

/**
 * How long a click waits for a form's code before its place shows the form's loading spinner.
 * Under it the form just appears; over it (a slow network), the click shows it was heard.
 */
export const SHOW_LOADING_AFTER_MS = 300;

/**
 * Opens what shows the lazily loaded `component` once its code has arrived: at once when it has
 * (the pointer or the focus came to the button first), or some 20 ms after a click that came with no
 * warning (a touch, a quick keyboard). Opened before its code arrives, the component suspends, and
 * React holds back revealing a suspended component for 300 ms after its fallback showed: the click
 * would seem to do nothing, or flash a spinner, for a third of a second. A failed download opens it
 * all the same, so its own load tries again and its error boundary says what went wrong. With
 * `showLoadingAfterMs`, a load that takes longer opens it anyway, so its fallback shows.
 */
export function openWhenLoaded(
  component: PreloadableComponent<never>,
  open: () => void,
  showLoadingAfterMs?: number,
): void {
  if (component.isLoaded()) {
    open();
    return;
  }
  let opened = false;
  const openOnce = () => {
    if (opened) return;
    opened = true;
    open();
  };
  const timer = showLoadingAfterMs === undefined ? undefined : setTimeout(openOnce, showLoadingAfterMs);
  const settle = () => {
    clearTimeout(timer);
    openOnce();
  };
  component.preload().then(settle, settle);
}

export interface OpenerProps extends IntentProps {
  readonly onClick: () => void;
}

/**
 * Props for a button that opens a lazily loaded component: its code starts loading when the pointer
 * or the focus comes to the button (`preloadOnIntent`), and the click opens it once loaded.
 */
export function opensWhenLoaded(
  component: PreloadableComponent<never>,
  open: () => void,
  showLoadingAfterMs?: number,
): OpenerProps {
  return { ...preloadOnIntent(component), onClick: () => openWhenLoaded(component, open, showLoadingAfterMs) };
}
