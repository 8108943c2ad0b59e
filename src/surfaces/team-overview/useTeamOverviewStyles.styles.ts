import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { visuallyHidden } from '../../ui/visuallyHidden';

// Logical properties (inline start/end) throughout, so the layout mirrors under dir="rtl".
export const useTeamOverviewStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    minWidth: 0,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
  },
  heading: { ...typographyStyles.title3, margin: 0 },
  subtitle: { color: tokens.colorNeutralForeground3 },
  visuallyHidden,
  headerActions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  messages: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  state: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    textAlign: 'center',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalL}`,
    color: tokens.colorNeutralForeground2,
  },
  stateTitle: { ...typographyStyles.subtitle2, color: tokens.colorNeutralForeground1 },
  stateBody: { maxWidth: '40em' },
  progress: { width: 'min(320px, 80%)' },
});
