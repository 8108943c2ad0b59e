import { useModalAttributes } from '@fluentui/react-components';
import { useContext, useLayoutEffect } from 'react';
import { HoldContext } from './holdFocusManager';

/**
 * Uses Fluent's focus manager (tabster) and its modal part, whose attributes it never applies, for
 * as long as it is mounted: see holdFocusManager.tsx.
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
