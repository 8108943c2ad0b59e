import {
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { t } from '../../domain/i18n';
import './messages';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalXL,
    maxWidth: '40em',
    color: tokens.colorNeutralForeground1,
  },
  title: { ...typographyStyles.title3, margin: 0 },
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

export type TabConfigState =
  | { readonly kind: 'connecting' }
  | { readonly kind: 'ready' }
  | { readonly kind: 'outside-teams'; readonly overviewUrl: string }
  | { readonly kind: 'save-failed'; readonly detail: string };

export interface TabConfigProps {
  readonly locale: string;
  readonly state: TabConfigState;
}

/**
 * What Teams shows when someone adds the Kept tab to a channel: what the tab will show, where the
 * data lives, and (once Teams is connected) that Save adds it. It runs before any store exists,
 * so it takes the locale directly instead of the app's services.
 */
export function TabConfig({ locale, state }: TabConfigProps) {
  const styles = useStyles();
  const tr = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]) => t(locale, key, params);
  return (
    <main className={styles.root} aria-labelledby="kept-config-title">
      <h1 id="kept-config-title" className={styles.title}>
        {tr('overview.config.title')}
      </h1>
      <Text>{tr('overview.config.intro')}</Text>
      <ul className={styles.list}>
        <li>{tr('overview.config.point.lanes')}</li>
        <li>{tr('overview.config.point.table')}</li>
        <li>{tr('overview.config.point.metrics')}</li>
      </ul>
      <Text className={styles.muted}>{tr('overview.config.storage')}</Text>
      {state.kind === 'connecting' && <Spinner size="tiny" label={tr('overview.config.connecting')} />}
      {state.kind === 'ready' && (
        <Text role="status" weight="semibold">
          {tr('overview.config.ready')}
        </Text>
      )}
      {state.kind === 'outside-teams' && (
        <MessageBar intent="info">
          <MessageBarBody>
            {tr('overview.config.outside')} <Link href={state.overviewUrl}>{tr('overview.config.openOverview')}</Link>
          </MessageBarBody>
        </MessageBar>
      )}
      {state.kind === 'save-failed' && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{tr('overview.config.saveFailed', { detail: state.detail })}</MessageBarBody>
        </MessageBar>
      )}
    </main>
  );
}
