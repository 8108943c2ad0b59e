import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { visuallyHidden } from '../../ui/visuallyHidden';

// Designed for the 320 px Teams side panel first: one column, logical (inline/block) properties so
// right-to-left needs nothing special, and no fixed widths that would overflow a narrow panel.
// The details tab and a wide task pane get the same column, capped so lines stay readable.
export const useMeetingChecklistStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    paddingBlock: tokens.spacingVerticalM,
    paddingInline: tokens.spacingHorizontalM,
    maxWidth: '720px',
    boxSizing: 'border-box',
    minWidth: 0,
  },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  // `start`, so a page that aligns headings left does not pull them to the wrong side in RTL.
  heading: { ...typographyStyles.subtitle2, margin: 0, textAlign: 'start' },
  subheading: { ...typographyStyles.body1Strong, margin: 0, textAlign: 'start' },
  meta: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  // Fluent's Combobox and Dropdown are at least 250 px wide: so are their stand-ins (peopleChoices.tsx).
  picker: { minWidth: '250px' },
  formActions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  hint: { color: tokens.colorNeutralForeground3 },
  listHeader: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
  },
  row: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
    // The row takes the focus after its delivery (its tick box is disabled then): show where it is.
    outlineStyle: 'none',
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '-2px',
      borderRadius: tokens.borderRadiusMedium,
    },
  },
  rowMain: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalXS, minWidth: 0 },
  rowCheckbox: { flexShrink: 0 },
  rowText: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0, flexGrow: 1 },
  // Fluent greys an unchecked checkbox's label; an open promise is the thing to read, so full colour.
  rowTitle: {
    ...typographyStyles.body1Strong,
    color: tokens.colorNeutralForeground1,
    textAlign: 'start',
    overflowWrap: 'anywhere',
    cursor: 'pointer',
  },
  rowTitleDone: { color: tokens.colorNeutralForeground3, textDecorationLine: 'line-through' },
  rowSummary: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  rowDetails: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    // Lines up with the title, past the checkbox.
    paddingInlineStart: '36px',
  },
  rowMeta: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  inline: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    marginInlineStart: '36px',
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  fieldset: {
    border: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  legend: { ...typographyStyles.body1Strong, padding: 0 },
  step: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    gap: tokens.spacingHorizontalXS,
    alignItems: 'end',
  },
  stepText: { gridColumn: '1 / -1' },
  footer: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  refresh: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  visuallyHidden,
});
