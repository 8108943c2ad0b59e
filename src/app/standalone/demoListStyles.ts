import { makeStyles, tokens } from '@fluentui/react-components';

let zone: string | undefined;
/**
 * Times as this browser's clock reads them: the demo has no mailbox time zone. Asked once per page
 * (each ask builds a formatter), so a zone changed while the page is open shows after a reload.
 */
export const demoZone = (): string => (zone ??= Intl.DateTimeFormat().resolvedOptions().timeZone);

/** The lists of the demo's simulated Microsoft 365 (Teams, Outlook and To Do): one card per entry. */
export const useDemoListStyles = makeStyles({
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  entry: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
});
