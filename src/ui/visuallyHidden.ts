import type { GriffelStyle } from '@fluentui/react-components';

/** Kept in the accessibility tree, taking no room on screen (a status only a screen reader needs). */
export const visuallyHidden: GriffelStyle = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  margin: '-1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
};
