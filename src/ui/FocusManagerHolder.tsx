import { useModalAttributes } from '@fluentui/react-components';
import { useContext, useEffect, useLayoutEffect, useState } from 'react';
import { HoldContext } from './holdFocusManager';

/**
 * Keeps Fluent's focus manager (tabster) and its modal part alive for as long as it is mounted (see
 * holdFocusManager.tsx). It applies none of the attributes, so it traps and hides nothing itself;
 * tabster stays on the page as it does wherever a tab list is always mounted (the overview).
 */
function FocusManagerHolder(): null {
  useModalAttributes();
  return null;
}

/**
 * For a dialog that unmounts when it closes: the focus manager outlives it (see holdFocusManager.tsx).
 * The holder mounts before the dialog first paints, so no close, however quick, comes before it.
 */
export function useHoldFocusManager(): void {
  const hold = useContext(HoldContext);
  useLayoutEffect(() => hold(FocusManagerHolder), [hold]);
}

/**
 * For a dialog that unmounts when it closes: gives the focus back to the element that had it when
 * the dialog mounted (the button that opened it; this first render comes before the dialog takes
 * the focus). Closed by a button or Escape, such a dialog unmounts at once and Fluent never gives
 * the focus back: it would fall to the page, and the next Tab would start from the top. Holds the
 * focus manager too (useHoldFocusManager).
 */
export function useUnmountingDialog(): void {
  useHoldFocusManager();
  const [opener] = useState(() => document.activeElement);
  useEffect(
    () => () => {
      const lost = document.activeElement === null || document.activeElement === document.body;
      if (lost && opener instanceof HTMLElement && opener.isConnected) opener.focus();
    },
    [opener],
  );
}
