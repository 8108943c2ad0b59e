import { makeStyles, shorthands, tokens, typographyStyles } from '@fluentui/react-components';

export const ROW_HEIGHT = 44;
export const COMPACT_ROW_HEIGHT = 64;
export const HEADER_HEIGHT = 40;
/** Below this width the table shows two columns with the details on a second line. */
export const COMPACT_BELOW_PX = 760;

export const WIDE_COLUMNS =
  'minmax(200px, 3fr) 220px minmax(110px, 1fr) minmax(110px, 1fr) minmax(100px, 120px) minmax(100px, 120px)';
export const COMPACT_COLUMNS = 'minmax(0, 1fr) auto';
/** The selection column, before the others when rows can be selected. */
export const SELECT_COLUMN = '40px';

export const useCommitmentGridStyles = makeStyles({
  scroller: {
    position: 'relative',
    overflowY: 'auto',
    overflowX: 'hidden',
    height: 'clamp(320px, 62vh, 900px)',
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    overscrollBehavior: 'contain',
  },
  header: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    height: `${HEADER_HEIGHT}px`,
    display: 'grid',
    alignItems: 'center',
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // The sort button brings its own padding; together they line up with the cells' text.
  // The whole header cell sorts: the button fills it, and a click anywhere in the cell counts.
  headerCell: {
    ...typographyStyles.body1Strong,
    paddingInline: tokens.spacingHorizontalXS,
    minWidth: 0,
    display: 'flex',
    alignItems: 'stretch',
    alignSelf: 'stretch',
    cursor: 'pointer',
  },
  sortButton: {
    minWidth: 0,
    width: '100%',
    height: '100%',
    paddingInline: tokens.spacingHorizontalXS,
    justifyContent: 'flex-start',
    fontWeight: tokens.fontWeightSemibold,
  },
  body: { position: 'relative' },
  row: {
    position: 'absolute',
    insetInlineStart: 0,
    insetInlineEnd: 0,
    display: 'grid',
    alignItems: 'center',
    cursor: 'pointer',
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
    },
  },
  selected: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Selected },
  },
  cell: {
    // Cells holding people's text get dir="auto" so a Latin title in an Arabic UI (or the reverse)
    // is cut at its own end. 'left' is the UI's start: Griffel flips it to 'right' under RTL, so
    // every row stays aligned whatever the direction of its text.
    textAlign: 'left',
    paddingInline: tokens.spacingHorizontalS,
    minWidth: 0,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  titleCell: { ...typographyStyles.body1Strong, color: tokens.colorNeutralForeground1 },
  secondary: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground3, display: 'block' },
  compactTitle: {
    display: 'block',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    textAlign: 'left',
  },
  muted: { color: tokens.colorNeutralForeground3 },
  checkCell: { display: 'flex', alignItems: 'center', justifyContent: 'center', alignSelf: 'stretch' },
  checkbox: { width: '16px', height: '16px', margin: 0, cursor: 'pointer', accentColor: tokens.colorBrandBackground },
  checked: {
    backgroundColor: tokens.colorBrandBackground2,
    ':hover': { backgroundColor: tokens.colorBrandBackground2Hover },
  },
});
