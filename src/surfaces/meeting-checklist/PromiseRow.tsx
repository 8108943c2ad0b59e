import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  mergeClasses,
  useId,
} from '@fluentui/react-components';
import { TaskListAddRegular } from '@fluentui/react-icons/svg/task-list-add';
import { Suspense, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { localDate } from '../../domain/calendar';
import { formatDate } from '../../domain/format';
import { isFieldErrors, type ChecklistRow, type MeetingChecklistState } from './useMeetingChecklist';
import { lazyTranslated } from '../../ui/lazyTranslated';
import { usePendingOpen } from '../../ui/openWhenLoaded';
import { preloadOnIntent } from '../../ui/preloadOnIntent';
import { StatusBadge } from '../../ui/StatusBadge';
import { useT } from '../../ui/useT';
import { personLabel } from './meetingPeople';
import { useMeetingChecklistStyles } from './useMeetingChecklistStyles.styles';
import './messages';

export interface PromiseRowProps {
  readonly checklist: MeetingChecklistState;
  readonly row: ChecklistRow;
  /** Read out by the checklist's live region. */
  readonly announce: (text: string) => void;
}

// The plan editor loads when a plan is first added or edited: the checklist shows without it.
export const PlanEditor = lazyTranslated(() => import('./PlanEditor').then((m) => m.PlanEditor));
const planIntent = preloadOnIntent(PlanEditor);

type Mode = 'view' | 'confirm-delivery' | 'plan';

/**
 * One promise: who promised what to whom, by when, and its status. Ticking it records the
 * delivery (after a one-step confirmation, because a delivery cannot be taken back); "Add plan"
 * opens the plan editor in place.
 */
export function PromiseRow({ checklist, row, announce }: PromiseRowProps) {
  const styles = useMeetingChecklistStyles();
  const { t, locale } = useT();
  const { commitment: c, status } = row;
  const [mode, setMode] = useState<Mode>('view');
  // The plan editor still loading does not open over a delivery being confirmed meanwhile.
  const opening = usePendingOpen();
  const summaryId = useId('promise-summary');
  const rowRef = useRef<HTMLLIElement>(null);
  const checkboxRef = useRef<HTMLInputElement>(null);
  const planButtonRef = useRef<HTMLButtonElement>(null);
  const delivered = c.deliveredAt !== undefined;
  const open = !delivered && c.cancelledAt === undefined;
  const stepsDone = c.steps.filter((s) => s.doneAt !== undefined).length;
  // Rows are shown once the settings are read; the fallback only keeps the types honest.
  const deliveredDate =
    c.deliveredAt === undefined
      ? undefined
      : checklist.settings.state === 'ready'
        ? localDate(checklist.settings.value.calendar, new Date(c.deliveredAt))
        : c.deliveredAt.slice(0, 10);

  const summary = [
    t('meeting.row.summary', {
      owner: personLabel(c.owner),
      customer: personLabel(c.customer),
      date: formatDate(c.promisedDate, locale),
    }),
    ...(deliveredDate !== undefined ? [t('meeting.row.deliveredOn', { date: formatDate(deliveredDate, locale) })] : []),
    ...(c.steps.length > 0 ? [t('meeting.row.steps', { done: stepsDone, count: c.steps.length })] : []),
  ].join(' · ');

  return (
    <li ref={rowRef} className={styles.row} tabIndex={-1}>
      <div className={styles.rowMain}>
        <Checkbox
          ref={(element: HTMLInputElement | null) => {
            checkboxRef.current = element;
          }}
          className={styles.rowCheckbox}
          checked={delivered || mode === 'confirm-delivery'}
          disabled={!open}
          aria-describedby={summaryId}
          onChange={() => {
            opening.cancel();
            if (open) setMode(mode === 'confirm-delivery' ? 'view' : 'confirm-delivery');
          }}
          label={{
            id: `${summaryId}-title`,
            className: mergeClasses(styles.rowTitle, delivered && styles.rowTitleDone),
            children: <bdi>{c.title}</bdi>,
          }}
        />
      </div>
      <div className={styles.rowDetails}>
        <Text id={summaryId} className={styles.rowSummary}>
          {summary}
        </Text>
        <div className={styles.rowMeta}>
          <StatusBadge kind={status} size="small" />
          {open && (
            <Button
              ref={(element: HTMLButtonElement | null) => {
                planButtonRef.current = element;
              }}
              size="small"
              appearance="subtle"
              icon={<TaskListAddRegular />}
              aria-expanded={mode === 'plan'}
              aria-label={`${c.steps.length > 0 ? t('meeting.plan.edit') : t('meeting.plan.add')}: ${c.title}`}
              {...planIntent}
              onClick={() => (mode === 'plan' ? setMode('view') : opening.open(PlanEditor, () => setMode('plan')))}
            >
              {c.steps.length > 0 ? t('meeting.plan.edit') : t('meeting.plan.add')}
            </Button>
          )}
        </div>
      </div>
      {mode === 'confirm-delivery' && open && (
        <DeliverConfirm
          checklist={checklist}
          row={row}
          onDone={(deliveredNow) => {
            setMode('view');
            if (deliveredNow) {
              announce(t('meeting.deliver.done', { title: c.title }));
              // The checkbox is disabled now; keep the keyboard in this row rather than lose it to <body>.
              rowRef.current?.focus();
            } else {
              checkboxRef.current?.focus();
            }
          }}
        />
      )}
      {mode !== 'plan' && opening.slow && <Spinner size="tiny" label={t('common.loading')} />}
      {mode === 'plan' && open && (
        <Suspense fallback={<Spinner size="tiny" label={t('common.loading')} />}>
          <PlanEditor
            checklist={checklist}
            commitment={c}
            onClose={(saved) => {
              setMode('view');
              if (saved) announce(t('meeting.plan.saved', { title: c.title }));
              planButtonRef.current?.focus();
            }}
          />
        </Suspense>
      )}
    </li>
  );
}

function DeliverConfirm({
  checklist,
  row,
  onDone,
}: {
  checklist: MeetingChecklistState;
  row: ChecklistRow;
  onDone: (delivered: boolean) => void;
}) {
  const styles = useMeetingChecklistStyles();
  const { t, fmt } = useT();
  const c = row.commitment;
  const [note, setNote] = useState(() => t('meeting.deliver.defaultNote', { subject: checklist.meeting.subject }));
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const headingId = useId('deliver-heading');
  const noteRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    noteRef.current?.focus();
    noteRef.current?.select();
  }, []);

  const confirm = async () => {
    if (busy) return;
    setBusy(true);
    const result = await checklist.deliverRow(c, note);
    setBusy(false);
    if (result.ok) return onDone(true);
    setError(isFieldErrors(result.error) ? result.error.map((e) => fmt(e.message)).join(' ') : result.error.general);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onDone(false);
    }
  };

  return (
    <div role="group" aria-labelledby={headingId} className={styles.inline} onKeyDown={onKeyDown}>
      <Text id={headingId} weight="semibold">
        {t('meeting.deliver.group', { title: c.title })}
      </Text>
      <Field label={t('meeting.deliver.note')} hint={t('meeting.deliver.final')}>
        <Input
          ref={(element: HTMLInputElement | null) => {
            noteRef.current = element;
          }}
          value={note}
          onChange={(_, d) => setNote(d.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              void confirm();
            }
          }}
        />
      </Field>
      {error !== undefined && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy} onClick={() => void confirm()}>
          {t('meeting.deliver.confirm')}
        </Button>
        <Button onClick={() => onDone(false)}>{t('common.cancel')}</Button>
      </div>
    </div>
  );
}
