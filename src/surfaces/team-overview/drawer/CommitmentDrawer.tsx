import {
  Button,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  OverlayDrawer,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons/svg/dismiss';
import { LinkRegular } from '@fluentui/react-icons/svg/link';
import { OpenRegular } from '@fluentui/react-icons/svg/open';
import { useCallback, useEffect, useState } from 'react';
import { isComplete, type ListedCommitment } from '../../../domain/listed';
import type { Commitment, TeamSettings } from '../../../domain/types';
import { StoreError } from '../../../store/Store';
import { useServices } from '../../../ui/services';
import type { Loadable } from '../../../ui/useTeamSettings';
import { useT } from '../../../ui/useT';
import { CommitmentDetails } from '../../shared/CommitmentDetails';
// Loaded with the drawer (see CommitmentDetails).
export { preloadCustomerReply } from '../../shared/CommitmentDetails';
import type { OverviewRow } from '../overviewModel';
import { ErrorState } from '../OverviewStates';
import { sourceLink } from './describe';
import { useHoldFocusManager } from '../../../ui/FocusManagerHolder';
import '../messages';

const useStyles = makeStyles({
  body: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    paddingBottom: tokens.spacingVerticalXXL,
  },
  links: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXS },
  linkIcon: { verticalAlign: 'middle', marginInlineEnd: tokens.spacingHorizontalXS },
});

export interface CommitmentDrawerProps {
  /** The row to show; undefined when the commitment disappeared from the list while open. */
  readonly row: OverviewRow | undefined;
  readonly settings: TeamSettings;
  readonly open: boolean;
  readonly onClose: () => void;
  readonly onConflict: () => void;
  /** Full width on narrow screens, so forms are not squeezed. */
  readonly narrow: boolean;
}

/** Details of one commitment: what the task pane shows of it, with the same actions, in a drawer. */
export function CommitmentDrawer({ row, settings, open, onClose, onConflict, narrow }: CommitmentDrawerProps) {
  const { t } = useT();
  // It can unmount while open (the team's settings gone); the page's tab list holds the focus manager
  // today, and this keeps it so when that changes.
  useHoldFocusManager();
  return (
    <OverlayDrawer
      open={open}
      position="end"
      size={narrow ? 'full' : 'medium'}
      onOpenChange={(_, data) => !data.open && onClose()}
      aria-label={row?.commitment.title ?? t('overview.drawer.gone')}
    >
      <DrawerHeader>
        <DrawerHeaderTitle
          action={
            <Button
              appearance="subtle"
              aria-label={t('overview.drawer.close')}
              icon={<DismissRegular />}
              onClick={onClose}
            />
          }
        >
          {row === undefined ? t('overview.drawer.gone') : <bdi>{row.commitment.title}</bdi>}
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody>
        {row === undefined ? (
          <MessageBar intent="warning">
            <MessageBarBody>{t('overview.drawer.gone')}</MessageBarBody>
          </MessageBar>
        ) : (
          <DrawerContent key={row.commitment.id} row={row} settings={settings} onConflict={onConflict} />
        )}
      </DrawerBody>
    </OverlayDrawer>
  );
}

function DrawerContent({
  row,
  settings,
  onConflict,
}: {
  row: OverviewRow;
  settings: TeamSettings;
  onConflict: () => void;
}) {
  const { t } = useT();
  const complete = useComplete(row.commitment);
  if (complete.state === 'ready')
    return <CompleteContent commitment={complete.value} settings={settings} onConflict={onConflict} />;
  if (complete.state === 'error')
    return complete.error instanceof StoreError && complete.error.code === 'not-found' ? (
      <MessageBar intent="warning">
        <MessageBarBody>{t('overview.drawer.gone')}</MessageBarBody>
      </MessageBar>
    ) : (
      <ErrorState error={complete.error} onRetry={complete.reload} />
    );
  return <Spinner label={t('overview.loading')} />;
}

/**
 * The commitment in full: the row's own when the table holds it so (open ones), else read from the
 * store (the table holds closed ones as their heads, domain listed.ts), again when its version
 * moves. What was shown stays while a newer version is read: a change elsewhere in the team, or
 * delivering from the drawer, neither blanks the details nor takes the user's place in them.
 */
function useComplete(listed: ListedCommitment): Loadable<Commitment> & { reload: () => void } {
  const { store } = useServices();
  const complete = isComplete(listed) ? listed : undefined;
  const { id, version } = listed;
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  // The commitment in full as last known (the drawer is keyed by id, so it is always this one).
  const [known, setKnown] = useState(complete);
  if (complete !== undefined && complete !== known) setKnown(complete);
  const [failed, setFailed] = useState<{
    readonly error: unknown;
    readonly version: number;
    readonly generation: number;
  }>();
  useEffect(() => {
    if (complete !== undefined) return;
    let live = true;
    store.get(id).then(
      (value) => live && setKnown(value),
      (error: unknown) => live && setFailed({ error, version, generation }),
    );
    return () => {
      live = false;
    };
  }, [store, id, version, complete, generation]);
  const upToDate = known !== undefined && known.version >= version;
  if (!upToDate && failed?.version === version && failed.generation === generation)
    return { state: 'error', error: failed.error, reload };
  return { ...(known === undefined ? { state: 'loading' } : { state: 'ready', value: known }), reload };
}

function CompleteContent({
  commitment: c,
  settings,
  onConflict,
}: {
  commitment: Commitment;
  settings: TeamSettings;
  onConflict: () => void;
}) {
  const styles = useStyles();
  const { t } = useT();
  const { host } = useServices();
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
  const link = sourceLink(c);
  const sourceText =
    c.source.kind === 'manual'
      ? t('overview.drawer.source.manual')
      : t('overview.drawer.noSourceLink', {
          kind: t(c.source.kind === 'email' ? 'overview.drawer.source.email' : 'overview.drawer.source.meeting', {
            subject: c.source.subject,
          }),
        });

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(new URL(host.commitmentLink(c.id, c.teamId), window.location.href).href);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <div className={styles.body}>
      <CommitmentDetails commitment={c} settings={settings} onReload={onConflict} showOwner>
        <div className={styles.links}>
          {link === undefined ? (
            <Text>{sourceText}</Text>
          ) : (
            <Link href={link.href} target="_blank" rel="noopener noreferrer">
              <OpenRegular className={styles.linkIcon} aria-hidden />
              {t(link.kind === 'email' ? 'overview.drawer.openEmail' : 'overview.drawer.openMeeting')}
            </Link>
          )}
          <Button appearance="transparent" size="small" icon={<LinkRegular />} onClick={() => void copyLink()}>
            {t('overview.drawer.copyLink')}
          </Button>
          <Text role="status" aria-live="polite">
            {copied === 'yes'
              ? t('overview.drawer.linkCopied')
              : copied === 'failed'
                ? t('shell.draft.copyFailed')
                : ''}
          </Text>
        </div>
      </CommitmentDetails>
    </div>
  );
}
