import { useModalAttributes } from '@fluentui/react-components';
import { useContext, useLayoutEffect } from 'react';
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
