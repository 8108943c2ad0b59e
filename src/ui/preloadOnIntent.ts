import type { PreloadableComponent } from './lazyTranslated';

/**
 * Props for the button that opens a lazily loaded dialog: its code (and words) start loading when
 * the pointer comes to the button or the focus does, so by the click it has usually arrived and the
 * dialog opens at once, instead of some 300 ms later with nothing to show for the click. A failed
 * download is not reported here: the next hover or the dialog's own load tries again, and the dialog
 * says what went wrong. A button with an onFocus or onPointerEnter of its own must call these too:
 * JSX keeps the last of each.
 */
export interface IntentProps {
  readonly onPointerEnter: () => void;
  readonly onFocus: () => void;
}

export function preloadOnIntent(component: PreloadableComponent<never>): IntentProps {
  const preload = () => {
    if (!component.isLoaded()) component.preload().catch(() => undefined);
  };
  return { onPointerEnter: preload, onFocus: preload };
}
