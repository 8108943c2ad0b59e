import { useLayoutEffect, useRef, type RefObject } from 'react';

/** The control that had the keyboard focus when its stand-in gave way, and the caret in it. */
interface HandedFocus {
  readonly target: RefObject<HTMLElement | null>;
  readonly start: number | null;
  readonly end: number | null;
}

/**
 * Carries the keyboard focus from a lazily loaded control's stand-in to the control: someone who
 * tabbed into the stand-in and started typing keeps the focus, the caret and what they typed when
 * the real control replaces it. The stand-in and the control bind the same ref (the form's).
 */
export type FocusHandover = RefObject<HandedFocus | null>;

export function useFocusHandover(): FocusHandover {
  return useRef<HandedFocus | null>(null);
}

/**
 * In the stand-in, once per control: as the stand-in leaves (React runs this before it takes its
 * elements out of the page), notes whether this control had the focus and where its caret was.
 */
export function useGiveFocus(handoverRef: FocusHandover, target: RefObject<HTMLElement | null>): void {
  useLayoutEffect(
    () => () => {
      const element = target.current;
      if (element === null || element !== element.ownerDocument.activeElement) return;
      const caret = element instanceof HTMLInputElement ? element : undefined;
      handoverRef.current = { target, start: caret?.selectionStart ?? null, end: caret?.selectionEnd ?? null };
    },
    [handoverRef, target],
  );
}

/** In the control that replaced the stand-in: takes the focus it was handed, if any. */
export function useTakeFocus(handoverRef: FocusHandover): void {
  useLayoutEffect(() => {
    const handed = handoverRef.current;
    handoverRef.current = null;
    const element = handed?.target.current;
    if (handed === null || element === null || element === undefined) return;
    element.focus();
    if (element instanceof HTMLInputElement && handed.start !== null) {
      element.setSelectionRange(handed.start, handed.end);
    }
  }, [handoverRef]);
}
