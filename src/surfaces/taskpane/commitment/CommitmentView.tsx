import { Button, Checkbox, Spinner, Text } from '@fluentui/react-components';
import { ChatWarningRegular } from '@fluentui/react-icons/svg/chat-warning';
import { CheckmarkRegular } from '@fluentui/react-icons/svg/checkmark';
import { DismissRegular } from '@fluentui/react-icons/svg/dismiss';
import { EditRegular } from '@fluentui/react-icons/svg/edit';
import { FlagOffRegular } from '@fluentui/react-icons/svg/flag-off';
import { FlagRegular } from '@fluentui/react-icons/svg/flag';
import { SendRegular } from '@fluentui/react-icons/svg/send';
import { ShareRegular } from '@fluentui/react-icons/svg/share';
import { StarRegular } from '@fluentui/react-icons/svg/star';
import { Suspense, lazy, useId, useRef, useState, type ReactElement } from 'react';
import { actionBlocked, clearRiskFlag, setStepDone, sharePlan, teamToday } from '../../../domain/actions';
import { formatDate, formatDateTime, formatRelativeDate, formatRelativeTime } from '../../../domain/format';
import type { MessageKey } from '../../../domain/i18n';
import { catalogLocale, languageName } from '../../../domain/i18n/locales';
import { historyEntryDetail, historyEntryMessage } from '../../../domain/history';
import { riskReasonMessage, statusAt } from '../../../domain/status';
import type { Commitment, TeamSettings } from '../../../domain/types';
import { StatusBadge } from '../../../ui/StatusBadge';
import { useNow } from '../../../ui/useNow';
import { Alert } from '../../../ui/Alert';
import { useT } from '../../../ui/useT';
import { useTaskPaneStyles } from '../TaskPane.styles';
import { editDraftKey } from '../usePersistentDraft';
import { ACTION_NAMES, actionDraftKey, type ActionName } from './actionNames';
import { useCommitmentAction } from './useCommitmentAction';
import '../messages';

export interface CommitmentViewProps {
  readonly commitment: Commitment;
  readonly settings: TeamSettings;
  /** Re-read the commitment (after a conflict, the stored version is shown with the typed text kept). */
  readonly onReload?: () => void;
}

// Action forms are needed only once someone acts, so they stay out of the pane's first load.
const ActionForm = lazy(() => import('./ActionForms').then((m) => ({ default: m.ActionForm })));
// Editing the plan reuses the create form, which stays out of the first load the same way.
const EditCommitmentForm = lazy(() =>
  import('../create/CreateCommitmentForm').then((m) => ({ default: m.EditCommitmentForm })),
);

/** A form with unsaved text reopens by itself after a reload. */
function actionWithUnsavedText(c: Commitment): ActionName | null {
  try {
    return ACTION_NAMES.find((a) => localStorage.getItem(actionDraftKey(c, a)) !== null) ?? null;
  } catch {
    return null;
  }
}

/** Unsaved edits of the plan reopen the edit form after a reload. */
function hasUnsavedEdit(c: Commitment): boolean {
  try {
    return localStorage.getItem(editDraftKey(c.id)) !== null;
  } catch {
    return false;
  }
}

export function CommitmentView({ commitment: c, settings, onReload }: CommitmentViewProps) {
  const styles = useTaskPaneStyles();
  const { t, fmt, locale } = useT();
  const now = useNow(30_000);
  const runner = useCommitmentAction(c, onReload);
  const [open, setOpen] = useState<ActionName | null>(() => actionWithUnsavedText(c));
  // 'opened' by the Edit plan button (focus moves into the form), 'restored' after a reload (it does not).
  const [edit, setEdit] = useState<'opened' | 'restored' | null>(() => (hasUnsavedEdit(c) ? 'restored' : null));
  const editArea = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const status = statusAt(c, settings, now);
  const today = teamToday(settings, now);
  const zone = settings.calendar.timeZone;

  const share = () =>
    void runner.run((ctx, templates) => {
      const next = sharePlan(c, ctx);
      return { next, draft: templates.planDraft(next, settings, runner.draftLocale) };
    });
  const tick = (stepId: Commitment['steps'][number]['id'], done: boolean) =>
    void runner.run((ctx) => ({ next: setStepDone(c, stepId, done, ctx) }));
  const clearFlag = () => void runner.run((ctx) => ({ next: clearRiskFlag(c, ctx) }));

  const allowed = (action: Parameters<typeof actionBlocked>[1]) => actionBlocked(c, action) === null;
  // A delivered or cancelled commitment is a record of what happened: its plan is no longer edited.
  const editable = status.open && allowed('update');
  const editing = editable && edit !== null;
  const closeEdit = () => {
    setEdit(null);
    // The form replaced the button: put keyboard focus back where the user started.
    requestAnimationFrame(() => editArea.current?.querySelector('button')?.focus());
  };
  const toggle = (action: ActionName) => setOpen((current) => (current === action ? null : action));
  const shared = c.history.some((h) => h.kind === 'plan-shared');

  const actionButton = (action: ActionName, label: MessageKey, icon: ReactElement) => (
    <Button icon={icon} aria-expanded={open === action} onClick={() => toggle(action)}>
      {t(label)}
    </Button>
  );

  return (
    <article className={styles.section} aria-labelledby={titleId}>
      <header className={styles.section}>
        {/* People's own words are isolated (bdi): an English title keeps its punctuation where it belongs in a Persian pane. */}
        <h2 id={titleId} className={styles.heading}>
          <bdi>{c.title}</bdi>
        </h2>
        <div className={styles.statusLine}>
          <StatusBadge kind={status.kind} />
          {status.delivery !== undefined && (
            <Text className={styles.muted}>{t(`rules.delivery.${status.delivery}`)}</Text>
          )}
        </div>
        <dl className={styles.facts}>
          <dt>{t('taskpane.view.customer')}</dt>
          <dd>{c.customer.name || c.customer.email}</dd>
          <dt>{t('taskpane.view.promised')}</dt>
          <dd>
            {formatDate(c.promisedDate, locale)}
            {status.open && (
              <span className={styles.muted}> ({formatRelativeDate(c.promisedDate, today, locale)})</span>
            )}
          </dd>
          <dt>{t('taskpane.view.target')}</dt>
          <dd>{formatDate(c.targetDate, locale)}</dd>
          {c.checker !== undefined && (
            <>
              <dt>{t('taskpane.view.checker')}</dt>
              <dd>{c.checker.name || c.checker.email}</dd>
            </>
          )}
          {/* Said when the drafts will not be in the pane's language, so no one is surprised. */}
          {c.messageLanguage !== undefined && c.messageLanguage !== catalogLocale(locale) && (
            <>
              <dt>{t('taskpane.view.messageLanguage')}</dt>
              <dd lang={c.messageLanguage}>{languageName(c.messageLanguage)}</dd>
            </>
          )}
          {status.nextUpdateDue !== undefined && (
            <>
              <dt>{t('taskpane.view.nextUpdate')}</dt>
              <dd>
                {formatDateTime(status.nextUpdateDue, locale, zone)}{' '}
                <span className={styles.muted}>({formatRelativeTime(status.nextUpdateDue, now, locale)})</span>
              </dd>
            </>
          )}
          {status.awaitingAcknowledgement && status.acknowledgeBy !== undefined && (
            <>
              <dt>{t('taskpane.view.acknowledgeBy')}</dt>
              <dd>{formatDateTime(status.acknowledgeBy, locale, zone)}</dd>
            </>
          )}
        </dl>
        {status.updateOverdue && <Alert intent="warning">{t('taskpane.view.updateOverdue')}</Alert>}
        {status.overdue && (
          <Alert intent="error">{t('rules.statusHint.overdue', { promisedDate: c.promisedDate })}</Alert>
        )}
        {status.acknowledgementBreached && (
          <Alert intent="warning">
            {t('rules.statusHint.awaiting-acknowledgement-breached', { hours: settings.acknowledgeWithinHours })}
          </Alert>
        )}
        {status.riskReasons.length > 0 && (
          <section className={styles.section} aria-label={t('taskpane.view.riskReasons')}>
            <Text weight="semibold">{t('taskpane.view.riskReasons')}</Text>
            <ul className={styles.bulletList}>
              {status.riskReasons.map((reason, i) => (
                <li key={i} className={styles.wrap}>
                  {fmt(riskReasonMessage(reason))}
                </li>
              ))}
            </ul>
          </section>
        )}
        {c.feedback !== undefined && (
          <Text className={styles.wrap}>
            {t('taskpane.view.feedback', { rating: c.feedback.rating })}
            {c.feedback.comment !== '' && (
              <>
                {' “'}
                <bdi>{c.feedback.comment}</bdi>”
              </>
            )}
          </Text>
        )}
      </header>

      {editing ? (
        <Suspense fallback={<Spinner size="tiny" label={t('common.loading')} />}>
          <EditCommitmentForm
            commitment={c}
            settings={settings}
            runner={runner}
            focusOnOpen={edit === 'opened'}
            onClose={closeEdit}
          />
        </Suspense>
      ) : (
        <section className={styles.section} aria-label={t('taskpane.view.plan')}>
          <h3 className={styles.subheading}>{t('taskpane.view.plan')}</h3>
          {c.steps.length === 0 ? (
            <Text className={styles.muted}>{t('taskpane.view.noSteps')}</Text>
          ) : (
            <ul className={styles.plainList}>
              {c.steps.map((step) => {
                const meta = [
                  step.dueDate !== undefined
                    ? t('taskpane.view.stepDue', { date: formatDate(step.dueDate, locale) })
                    : '',
                  step.owner !== undefined ? step.owner.name || step.owner.email : '',
                ].filter((m) => m !== '');
                return (
                  <li key={step.id}>
                    <Checkbox
                      checked={step.doneAt !== undefined}
                      disabled={!allowed('tick') || runner.busy}
                      onChange={(_, d) => tick(step.id, d.checked === true)}
                      label={
                        <bdi className={step.doneAt !== undefined ? styles.stepDone : styles.wrap}>{step.text}</bdi>
                      }
                    />
                    {meta.length > 0 && <div className={styles.stepMeta}>{meta.join(' · ')}</div>}
                  </li>
                );
              })}
            </ul>
          )}
          {c.acceptanceCriteria !== '' && (
            <Text className={styles.wrap}>
              <Text weight="semibold">{t('taskpane.view.criteria')}</Text> <bdi>{c.acceptanceCriteria}</bdi>
            </Text>
          )}
          {editable && (
            <div ref={editArea}>
              <Button icon={<EditRegular />} onClick={() => setEdit('opened')} disabled={runner.busy}>
                {t('taskpane.action.edit')}
              </Button>
            </div>
          )}
        </section>
      )}

      {runner.error !== null && !editing && (
        <Alert intent="error" role="alert">
          {runner.error}
        </Alert>
      )}

      {!editing && (
        <section className={styles.section} aria-label={t('taskpane.view.actions')}>
          <h3 className={styles.subheading}>{t('taskpane.view.actions')}</h3>
          <div className={styles.actions}>
            {allowed('share') && (
              <Button
                appearance={shared ? 'secondary' : 'primary'}
                icon={<ShareRegular />}
                onClick={share}
                disabled={runner.busy}
              >
                {shared ? t('taskpane.action.shareAgain') : t('taskpane.action.share')}
              </Button>
            )}
            {allowed('update') && actionButton('update', 'taskpane.action.update', <SendRegular />)}
            {allowed('concern') && actionButton('concern', 'taskpane.action.concern', <ChatWarningRegular />)}
            {allowed('deliver') && actionButton('deliver', 'taskpane.action.deliver', <CheckmarkRegular />)}
            {allowed('feedback') && actionButton('feedback', 'taskpane.action.feedback', <StarRegular />)}
            {status.open &&
              (c.flaggedAtRisk === undefined ? (
                actionButton('flag', 'taskpane.action.flag', <FlagRegular />)
              ) : (
                <Button icon={<FlagOffRegular />} onClick={clearFlag} disabled={runner.busy}>
                  {t('taskpane.action.clearFlag')}
                </Button>
              ))}
            {allowed('cancel') && actionButton('cancel', 'taskpane.action.cancel', <DismissRegular />)}
          </div>
          {open !== null && (
            <Suspense fallback={<Spinner size="tiny" label={t('common.loading')} />}>
              <ActionForm
                name={open}
                commitment={c}
                settings={settings}
                runner={runner}
                onClose={() => setOpen(null)}
              />
            </Suspense>
          )}
        </section>
      )}

      <section className={styles.section} aria-label={t('taskpane.view.history')}>
        <h3 className={styles.subheading}>{t('taskpane.view.history')}</h3>
        <ol className={styles.timeline}>
          {[...c.history].reverse().map((entry) => {
            const detail = historyEntryDetail(entry);
            return (
              <li key={entry.id} className={styles.timelineItem}>
                <Text>{fmt(historyEntryMessage(entry, c, locale))}</Text>
                {detail !== undefined && (
                  <Text className={styles.muted}>
                    <bdi>{detail}</bdi>
                  </Text>
                )}
                <Text size={200} className={styles.muted}>
                  <time dateTime={entry.at}>{formatDateTime(entry.at, locale, zone)}</time>
                </Text>
              </li>
            );
          })}
        </ol>
      </section>
    </article>
  );
}
