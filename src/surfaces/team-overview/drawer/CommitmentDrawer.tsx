import {
  Button,
  Checkbox,
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
  typographyStyles,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons/svg/dismiss';
import { LinkRegular } from '@fluentui/react-icons/svg/link';
import { OpenRegular } from '@fluentui/react-icons/svg/open';
import { useState } from 'react';
import { actionBlocked } from '../../../domain/actions';
import { localDate } from '../../../domain/calendar';
import { formatDate, formatDateTime, formatMailbox } from '../../../domain/format';
import { historyEntryMessage } from '../../../domain/history';
import { catalogLocale, languageName } from '../../../domain/i18n/locales';
import { riskReasonMessage } from '../../../domain/status';
import type { TeamSettings } from '../../../domain/types';
import { useServices } from '../../../ui/services';
import { StatusBadge } from '../../../ui/StatusBadge';
import { useT } from '../../../ui/useT';
import type { OverviewRow } from '../overviewModel';
import { ConcernForm, DeliverForm, UpdateForm } from './ActionForms';
import { sourceLink } from './describe';
import { useCommitmentActions } from './useCommitmentActions';
import '../messages';

const useStyles = makeStyles({
  body: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    paddingBottom: tokens.spacingVerticalXXL,
  },
  status: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  definition: { margin: 0, overflowWrap: 'anywhere' },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  steps: { margin: 0, padding: 0, listStyleType: 'none' },
  stepMeta: { color: tokens.colorNeutralForeground3, marginInlineStart: tokens.spacingHorizontalXS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  history: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, color: tokens.colorNeutralForeground2 },
  when: { display: 'block', color: tokens.colorNeutralForeground3, ...typographyStyles.caption1 },
  links: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXS },
  linkIcon: { verticalAlign: 'middle', marginInlineEnd: tokens.spacingHorizontalXS },
  preWrap: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: 0 },
});

type OpenForm = 'update' | 'concern' | 'deliver' | undefined;

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

/** Details of one commitment, with the task pane's actions. */
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
  const { t, fmt, locale } = useT();
  const { host } = useServices();
  const c = row.commitment;
  const status = row.status;
  const actions = useCommitmentActions(c, settings, onConflict);
  const [form, setForm] = useState<OpenForm>(undefined);
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
  const zone = settings.calendar.timeZone;
  const date = (iso: string) => formatDate(iso, locale);
  const instant = (at: Date | string) => formatDateTime(at, locale, zone);
  const link = sourceLink(c);

  const submit = (done: Promise<boolean>) => {
    void done.then((saved) => saved && setForm(undefined));
  };

  const blocked = {
    update: actionBlocked(c, 'update'),
    concern: actionBlocked(c, 'concern'),
    deliver: actionBlocked(c, 'deliver'),
    tick: actionBlocked(c, 'tick'),
  };
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
      <div className={styles.status}>
        <StatusBadge kind={status.kind} />
        {status.delivery !== undefined && <Text>{t(`rules.delivery.${status.delivery}`)}</Text>}
        <Text>{t('overview.drawer.for', { customer: c.customer.name || c.customer.email })}</Text>
      </div>

      {(actions.state.error !== undefined || actions.state.notice !== undefined) && (
        <MessageBar
          intent={actions.state.error !== undefined ? 'error' : 'success'}
          role={actions.state.error !== undefined ? 'alert' : 'status'}
        >
          <MessageBarBody>{actions.state.error ?? actions.state.notice}</MessageBarBody>
        </MessageBar>
      )}

      <dl className={styles.facts}>
        <dt className={styles.term}>{t('overview.drawer.owner')}</dt>
        <dd className={styles.definition}>{c.owner.name || c.owner.email}</dd>
        <dt className={styles.term}>{t('overview.drawer.customer')}</dt>
        <dd className={styles.definition}>{formatMailbox(c.customer, locale)}</dd>
        {c.checker !== undefined && (
          <>
            <dt className={styles.term}>{t('overview.drawer.checker')}</dt>
            <dd className={styles.definition}>{c.checker.name || c.checker.email}</dd>
          </>
        )}
        {c.messageLanguage !== undefined && c.messageLanguage !== catalogLocale(locale) && (
          <>
            <dt className={styles.term}>{t('overview.drawer.messageLanguage')}</dt>
            <dd className={styles.definition} lang={c.messageLanguage}>
              {languageName(c.messageLanguage)}
            </dd>
          </>
        )}
        <dt className={styles.term}>{t('overview.drawer.target')}</dt>
        <dd className={styles.definition}>{date(c.targetDate)}</dd>
        <dt className={styles.term}>{t('overview.drawer.promised')}</dt>
        <dd className={styles.definition}>{date(c.promisedDate)}</dd>
        {status.nextUpdateDue !== undefined && (
          <>
            <dt className={styles.term}>{t('overview.drawer.nextUpdate')}</dt>
            <dd className={styles.definition}>{instant(status.nextUpdateDue)}</dd>
          </>
        )}
        {status.acknowledgeBy !== undefined && (
          <>
            <dt className={styles.term}>{t('overview.drawer.acknowledgeBy')}</dt>
            <dd className={styles.definition}>{instant(status.acknowledgeBy)}</dd>
          </>
        )}
        {c.deliveredAt !== undefined && (
          <>
            <dt className={styles.term}>{t('common.status.delivered')}</dt>
            <dd className={styles.definition}>{date(localDate(settings.calendar, new Date(c.deliveredAt)))}</dd>
          </>
        )}
      </dl>

      {status.riskReasons.length > 0 && (
        <section className={styles.section} aria-labelledby="kept-drawer-risks">
          <h3 id="kept-drawer-risks" className={styles.heading}>
            {t('overview.drawer.risks')}
          </h3>
          <ul className={styles.list}>
            {status.riskReasons.map((reason, i) => (
              <li key={i}>{fmt(riskReasonMessage(reason))}</li>
            ))}
          </ul>
        </section>
      )}

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
          {copied === 'yes' ? t('overview.drawer.linkCopied') : copied === 'failed' ? t('shell.draft.copyFailed') : ''}
        </Text>
      </div>

      <section className={styles.section} aria-labelledby="kept-drawer-plan">
        <h3 id="kept-drawer-plan" className={styles.heading}>
          {t('overview.drawer.plan')}
        </h3>
        {c.steps.length === 0 ? (
          <Text>{t('overview.drawer.noSteps')}</Text>
        ) : (
          <ul className={styles.steps}>
            {c.steps.map((step) => (
              <li key={step.id}>
                <Checkbox
                  checked={step.doneAt !== undefined}
                  disabled={blocked.tick !== null || actions.state.busy}
                  onChange={(_, data) => void actions.tickStep(step.id, data.checked === true)}
                  label={
                    <>
                      <bdi>{step.text}</bdi>
                      {(step.dueDate !== undefined || step.owner !== undefined) && (
                        <span className={styles.stepMeta}>
                          {[
                            step.dueDate !== undefined
                              ? t('overview.drawer.stepDue', { date: date(step.dueDate) })
                              : '',
                            step.owner !== undefined ? t('overview.drawer.stepOwner', { name: step.owner.name }) : '',
                          ]
                            .filter(Boolean)
                            .join(' · ')}
                        </span>
                      )}
                    </>
                  }
                />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className={styles.section} aria-labelledby="kept-drawer-criteria">
        <h3 id="kept-drawer-criteria" className={styles.heading}>
          {t('overview.drawer.criteria')}
        </h3>
        <p className={styles.preWrap}>
          {c.acceptanceCriteria.trim() === '' ? t('overview.drawer.noCriteria') : <bdi>{c.acceptanceCriteria}</bdi>}
        </p>
      </section>

      <section className={styles.section} aria-labelledby="kept-drawer-actions">
        <h3 id="kept-drawer-actions" className={styles.heading}>
          {t('overview.actions.label')}
        </h3>
        <div className={styles.actions}>
          {(['update', 'concern', 'deliver'] as const).map((kind) => (
            <Button
              key={kind}
              appearance={form === kind ? 'primary' : 'secondary'}
              aria-expanded={form === kind}
              disabledFocusable={blocked[kind] !== null}
              title={blocked[kind] === null ? undefined : fmt(blocked[kind])}
              onClick={() => {
                actions.clearMessages();
                setForm(form === kind ? undefined : kind);
              }}
            >
              {t(`overview.action.${kind}`)}
            </Button>
          ))}
        </div>
        {blocked.update !== null && <Text>{fmt(blocked.update)}</Text>}
        {form === 'update' && (
          <UpdateForm
            busy={actions.state.busy}
            fieldErrors={actions.state.fieldErrors}
            onTrackByDefault={!status.atRisk && !status.overdue}
            onCancel={() => setForm(undefined)}
            onSubmit={(update) => submit(actions.logUpdate(update))}
          />
        )}
        {form === 'concern' && (
          <ConcernForm
            busy={actions.state.busy}
            fieldErrors={actions.state.fieldErrors}
            onCancel={() => setForm(undefined)}
            onSubmit={(concern) => submit(actions.raiseConcern(concern))}
          />
        )}
        {form === 'deliver' && (
          <DeliverForm
            busy={actions.state.busy}
            fieldErrors={actions.state.fieldErrors}
            onCancel={() => setForm(undefined)}
            onSubmit={(note) => submit(actions.deliver(note))}
          />
        )}
      </section>

      <section className={styles.section} aria-labelledby="kept-drawer-history">
        <h3 id="kept-drawer-history" className={styles.heading}>
          {t('overview.drawer.history')}
        </h3>
        <ol className={styles.history} reversed>
          {[...c.history].reverse().map((entry) => (
            <li key={entry.id}>
              {fmt(historyEntryMessage(entry, c, locale))}
              <span className={styles.when}>{instant(entry.at)}</span>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
