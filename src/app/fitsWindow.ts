/**
 * A view that fills the window marks its outermost element with this attribute: the standalone
 * demo's simulated Outlook and Teams, where the inbox, the reading pane and Kept's pane each scroll
 * on their own, as in the real ones. AppRoot then makes the page as tall as the window, the storage
 * line in view below the view. Only on a screen this wide: narrower, the meeting's list stacks above
 * its panel (MeetingSimulator) and the page scrolls as a whole.
 */
export const FITS_WINDOW = 'data-fits-window';
export const FITTED_SCREEN = '(min-width: 700px)';
