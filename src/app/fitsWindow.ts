/**
 * A view that fills the window marks its outermost element with this attribute: the standalone
 * demo's simulated Outlook and Teams, where the inbox, the reading pane and Kept's pane each scroll
 * on their own, as in the real ones. AppRoot then makes the page as tall as the window, the storage
 * line in view below the view. Only on a screen this wide and tall: narrower, the meeting's list
 * stacks above its panel; shorter (a phone on its side), the columns would be squeezed to a few
 * lines. There the page scrolls as a whole.
 */
export const FITS_WINDOW = 'data-fits-window';
export const FITTED_SCREEN = '(min-width: 700px) and (min-height: 500px)';
/** Where the meeting's list stacks above its panel: exactly the widths FITTED_SCREEN leaves out. */
export const STACKED_SCREEN = 'not all and (min-width: 700px)';
