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
  Text,
  tokens,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons/svg/dismiss';
import { LinkRegular } from '@fluentui/react-icons/svg/link';
import { OpenRegular } from '@fluentui/react-icons/svg/open';
import { useState } from 'react';
import type { TeamSettings } from '../../../domain/types';
import { useServices } from '../../../ui/services';
import { useT } from '../../../ui/useT';
import { CommitmentDetails } from '../../shared/CommitmentDetails';
import type { OverviewRow } from '../overviewModel';
import { sourceLink } from './describe';
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
  const styles = useStyles();
  const { t } = useT();
  const { host } = useServices();
  const c = row.commitment;
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
