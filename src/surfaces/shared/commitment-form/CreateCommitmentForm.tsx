import { Button, Field, Input, Link, Select, Text, Textarea, type InputOnChangeData } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons/svg/add';
import { ArrowDownRegular } from '@fluentui/react-icons/svg/arrow-down';
import { ArrowUpRegular } from '@fluentui/react-icons/svg/arrow-up';
import { DeleteRegular } from '@fluentui/react-icons/svg/delete';
import { Suspense, useEffect, useId, useRef, useState, type ChangeEvent, type FormEvent, type ReactNode } from 'react';
import { createCommitment, editCommitment } from '../../../domain/actions';
import { formatDate, formatDateTime } from '../../../domain/format';
import type { MessageKey } from '../../../domain/i18n';
import { languageName, UI_LOCALES } from '../../../domain/i18n/locales';
import type { Commitment, Instant, TeamSettings } from '../../../domain/types';
import type { HostItem } from '../../../hosts/HostContext';
import { isStoreError } from '../../../store/Store';
import { describeError } from '../../../ui/describeError';
import { useServices } from '../../../ui/services';
import { Alert } from '../../../ui/Alert';
import { useCommitments } from '../../../ui/useCommitments';
import { lazyTranslated } from '../../../ui/lazyTranslated';
import { useT } from '../../../ui/useT';
import type { CommitmentActions } from '../actions/useCommitmentActions';
import { usePaneStyles } from '../usePaneStyles.styles';
import {
  shownBesideField,
  useCommitmentForm,
  type CommitmentFormState,
  type CommitmentFormValue,
} from './useCommitmentForm';
import '../messages';
import '../../taskpane/messages';

type Email = Extract<HostItem, { kind: 'email' }>;

// Only after someone else saved while the plan was being edited: not part of any first render.
const EditConflicts = lazyTranslated(() => import('./EditConflicts').then((m) => m.EditConflicts));

export interface CreateCommitmentFormProps {
  readonly email: Email;
  readonly settings: TeamSettings;
  /** The team's commitments: the promise-date suggestion learns from their slips. */
  readonly team: readonly Commitment[];
  readonly onSaved: (commitment: Commitment) => void;
  /** Shown when the email already has commitments (the form was opened with "add another"). */
  readonly onClose?: () => void;
}

/** The Outlook category that marks an email as covered by Kept. */
export const KEPT_CATEGORY = 'Kept';

export function CreateCommitmentForm({ email, settings, team, onSaved, onClose }: CreateCommitmentFormProps) {
  const { t, fmt } = useT();
  const { store, host, clock, newId, teamId } = useServices();
  const form = useCommitmentForm({
    source: { kind: 'create', email },
    settings,
    team,
    owner: host.user,
    now: clock.now(),
    newId,
    locale: host.locale,
  });
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const save = async () => {
    const created = createCommitment(
      {
        input: form.input(),
        teamId,
        source: {
          kind: 'email',
          internetMessageId: email.internetMessageId,
          conversationId: email.conversationId,
          itemId: email.itemId,
          ...(email.webLink !== undefined ? { webLink: email.webLink } : {}),
          subject: email.subject,
          receivedAt: email.receivedAt,
        },
        requestedAt: email.receivedAt,
      },
      settings,
      { now: clock.now(), by: host.user, newId },
    );
    if (!created.ok) {
      // The domain checks more than the live validation (e.g. the request time): list what is left.
      setFailure(created.error.map((e) => fmt(e.message)).join(' '));
      return;
    }
    setSaving(true);
    try {
      const saved = await store.create(created.value);
      form.draft.clear();
      form.setShowErrors(false);
      // The category is a courtesy in the inbox; a host that cannot tag resolves false.
      await host.tagCurrentItem(KEPT_CATEGORY).catch(() => false);
      onSaved(saved);
    } catch (error) {
      setFailure(describeError(error, { t }));
    } finally {
      setSaving(false);
    }
  };

  const discard = () => {
    form.draft.clear();
    form.setShowErrors(false);
    setFailure(null);
    onClose?.();
  };

  return (
    <CommitmentFormView
      form={form}
      settings={settings}
      heading="taskpane.create.heading"
      headingLevel={2}
      requestedAt={email.receivedAt}
      save={saving ? 'taskpane.create.saving' : 'taskpane.create.save'}
      busy={saving}
      failure={failure}
      onAttempt={() => setFailure(null)}
      onSave={save}
      buttons={
        (form.draft.dirty || onClose !== undefined) && <Button onClick={discard}>{t('actions.form.discard')}</Button>
      }
    />
  );
}

export interface EditCommitmentFormProps {
  readonly commitment: Commitment;
  readonly settings: TeamSettings;
  /** Saves like every other action of the commitment: busy state, conflict message, reload. */
  readonly actions: CommitmentActions;
  /** Opened by the user (not restored after a reload): keyboard focus moves to the form. */
  readonly focusOnOpen?: boolean;
  /** The form closes (after a save, or by the user); unsaved changes stay stored until saved or discarded. */
  readonly onClose: () => void;
}

/**
 * The plan of a saved commitment, in the same form it was created with: steps (ticked ones stay
 * ticked), done-means, checker, dates, update rhythm. Once the customer saw the plan, a later
 * promise is refused here: it is proposed in a concern and becomes the promise when they accept.
 */
export function EditCommitmentForm({
  commitment: c,
  settings,
  actions,
  focusOnOpen = false,
  onClose,
}: EditCommitmentFormProps) {
  const { t, fmt } = useT();
  const { host, clock, newId, teamId } = useServices();
  const team = useCommitments({ teamId });
  const [saving, setSaving] = useState(false);
  const form = useCommitmentForm({
    source: { kind: 'edit', commitment: c },
    followStored: !saving,
    settings,
    team: team.state === 'ready' ? team.value : [],
    owner: host.user,
    now: clock.now(),
    newId,
    locale: host.locale,
  });
  const [failure, setFailure] = useState<string | null>(null);
  const [unansweredAttempts, setUnansweredAttempts] = useState(0);
  // The stored version the form was last merged onto after a conflict, until this view hears of it.
  const newer = useRef<Commitment | undefined>(undefined);
  const done = new Set(c.steps.filter((s) => s.doneAt !== undefined).map((s) => s.id as string));

  const save = async () => {
    if (form.conflicts.some((q) => q.chosen === undefined)) {
      // Both changed these: nothing is saved until the user says which value to keep (asked at the top).
      setUnansweredAttempts((n) => n + 1);
      return;
    }
    const value = form.value;
    const input = form.input(value);
    setSaving(true);
    const outcome = await actions.run((current, ctx) => {
      // The form is based on a version the view may not show yet (the one read at the last conflict).
      const on = newer.current !== undefined && newer.current.version >= current.version ? newer.current : current;
      if (value.baseVersion !== undefined && on.version > value.baseVersion) {
        // Someone saved since the form last merged: merge again and let the user look before saving.
        form.rebase(on);
        return { ok: false, error: [] };
      }
      return editCommitment(on, input, settings, ctx);
    });
    if (outcome.fieldErrors !== undefined && outcome.fieldErrors.length > 0)
      setFailure(outcome.fieldErrors.map((e) => fmt(e.message)).join(' '));
    if (outcome.ok) {
      newer.current = undefined;
      form.draft.clear();
      form.setShowErrors(false);
      setUnansweredAttempts(0);
      onClose();
    } else if (
      isStoreError(outcome.error) &&
      outcome.error.code === 'conflict' &&
      outcome.error.current !== undefined
    ) {
      // Their save goes into the form field by field; what both changed is asked at the top. The next
      // Save goes on top of their version, never writing back a value the user did not touch.
      newer.current = outcome.error.current;
      form.rebase(outcome.error.current);
    }
    // Set with the merge above, in one render: the form follows the store again from its new base.
    setSaving(false);
  };

  const discard = () => {
    form.draft.clear();
    form.setShowErrors(false);
    setUnansweredAttempts(0);
    setFailure(null);
    actions.clearMessages();
  };

  const close = () => {
    // Nothing typed: forget any stored copy too (e.g. one an older version wrote that no longer
    // reads back), or the form would reopen by itself after every reload.
    if (!form.draft.dirty) form.draft.clear();
    onClose();
  };

  return (
    <CommitmentFormView
      form={form}
      settings={settings}
      heading="taskpane.edit.heading"
      headingLevel={3}
      focusHeading={focusOnOpen}
      intro={t('taskpane.edit.intro')}
      requestedAt={c.requestedAt}
      save={actions.busy ? 'taskpane.create.saving' : 'taskpane.edit.save'}
      busy={actions.busy}
      failure={failure ?? actions.error}
      doneSteps={done}
      merge={
        (form.merged || form.conflicts.length > 0) && (
          <Suspense fallback={null}>
            <EditConflicts form={form} unansweredAttempts={unansweredAttempts} />
          </Suspense>
        )
      }
      onAttempt={() => {
        setFailure(null);
        actions.clearMessages();
      }}
      onSave={save}
      buttons={
        <>
          <Button onClick={close}>{t('common.close')}</Button>
          {form.draft.dirty && (
            <Button appearance="subtle" onClick={discard}>
              {t('actions.form.discard')}
            </Button>
          )}
        </>
      }
    />
  );
}

interface CommitmentFormViewProps {
  readonly form: CommitmentFormState;
  readonly settings: TeamSettings;
  readonly heading: MessageKey;
  /** 2 on its own (create), 3 inside the commitment view (edit). */
  readonly headingLevel: 2 | 3;
  /** Move keyboard focus to the heading when the form appears in place of what the user clicked. */
  readonly focusHeading?: boolean;
  readonly intro?: string;
  readonly requestedAt: Instant;
  readonly save: MessageKey;
  readonly busy: boolean;
  readonly failure: string | null;
  /** Edit form: the ids of steps already ticked, marked in their row. */
  readonly doneSteps?: ReadonlySet<string>;
  /** Edit form: someone else's save merged into the form, and what both changed to choose from. */
  readonly merge?: ReactNode;
  /** Runs on every Save press, before validation: the last failure is cleared. */
  readonly onAttempt: () => void;
  /** Runs once the typed values pass validation. */
  readonly onSave: () => Promise<void>;
  /** Beside the Save button. */
  readonly buttons: ReactNode;
}

/** The fields of the create and edit forms, their messages and the Save button. */
function CommitmentFormView(props: CommitmentFormViewProps) {
  const { form, settings } = props;
  const styles = usePaneStyles();
  const { t, fmt, locale } = useT();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { value, suggestion } = form;
  const focusHeading = props.focusHeading === true;
  useEffect(() => {
    if (focusHeading) headingRef.current?.focus();
  }, [focusHeading]);
  const Heading = props.headingLevel === 2 ? 'h2' : 'h3';

  const text =
    (field: keyof CommitmentFormValue) =>
    (_: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>, data: InputOnChangeData | { value: string }) =>
      form.update(field, data.value);

  const message = (field: string) => {
    const ref = form.errorFor(field);
    return ref === undefined ? undefined : fmt(ref);
  };
  const fieldProps = (field: string) => {
    const m = message(field);
    return m === undefined ? {} : { validationMessage: m, validationState: 'error' as const };
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    form.setShowErrors(true);
    props.onAttempt();
    if (form.errors.length > 0) {
      focusFirstInvalid(event.currentTarget as HTMLFormElement);
      return;
    }
    await props.onSave();
  };

  const otherErrors = form.showErrors ? form.errors.filter((e) => !shownBesideField(e.field)) : [];

  return (
    <form className={styles.section} aria-labelledby={headingId} noValidate onSubmit={(e) => void submit(e)}>
      <Heading
        id={headingId}
        ref={headingRef}
        tabIndex={-1}
        className={props.headingLevel === 2 ? styles.heading : styles.subheading}
      >
        {t(props.heading)}
      </Heading>
      <Text className={styles.muted}>
        {t('taskpane.create.requestedAt', {
          date: formatDateTime(props.requestedAt, locale, settings.calendar.timeZone),
        })}
      </Text>
      {props.intro !== undefined && <Text className={styles.wrap}>{props.intro}</Text>}
      {props.merge}
      {form.draft.dirty && (
        <Text size={200} className={styles.muted} role="status">
          {form.draft.kept ? t('actions.form.keptLocally') : t('actions.form.notKept')}
        </Text>
      )}

      <Field label={t('taskpane.create.title')} required {...fieldProps('title')}>
        <Input className={styles.control} value={value.title} onChange={text('title')} />
      </Field>

      <div className={styles.row}>
        <Field className={styles.grow} label={t('taskpane.create.customerName')} {...fieldProps('customer.name')}>
          <Input className={styles.control} value={value.customerName} onChange={text('customerName')} />
        </Field>
        <Field
          className={styles.grow}
          label={t('taskpane.create.customerEmail')}
          required
          {...fieldProps('customer.email')}
        >
          <Input className={styles.control} type="email" value={value.customerEmail} onChange={text('customerEmail')} />
        </Field>
      </div>

      <Field label={t('taskpane.create.messageLanguage')} hint={t('taskpane.create.messageLanguageHint')}>
        <Select
          className={styles.control}
          value={form.messageLanguage}
          onChange={(_, data) => form.update('messageLanguage', data.value)}
        >
          {UI_LOCALES.map((language) => (
            <option key={language} value={language} lang={language}>
              {languageName(language)}
            </option>
          ))}
        </Select>
      </Field>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t('taskpane.create.plan')}</legend>
        {value.steps.length === 0 && <Text className={styles.muted}>{t('taskpane.create.noSteps')}</Text>}
        {message('steps') !== undefined && (
          <Text role="alert" className={styles.wrap}>
            {message('steps')}
          </Text>
        )}
        {value.steps.map((step, index) => {
          const n = index + 1;
          const done = step.id !== undefined && props.doneSteps?.has(step.id) === true;
          return (
            <div key={step.key} className={styles.stepRow} role="group" aria-label={t('taskpane.step.group', { n })}>
              <div className={styles.stepHeader}>
                <Text className={styles.stepTitle}>
                  {done ? t('taskpane.edit.stepDone', { n }) : t('taskpane.step.group', { n })}
                </Text>
                <Button
                  appearance="subtle"
                  size="small"
                  icon={<ArrowUpRegular />}
                  disabled={index === 0}
                  aria-label={t('taskpane.step.moveUp', { n })}
                  onClick={() => form.moveStep(index, -1)}
                />
                <Button
                  appearance="subtle"
                  size="small"
                  icon={<ArrowDownRegular />}
                  disabled={index === value.steps.length - 1}
                  aria-label={t('taskpane.step.moveDown', { n })}
                  onClick={() => form.moveStep(index, 1)}
                />
                <Button
                  appearance="subtle"
                  size="small"
                  icon={<DeleteRegular />}
                  aria-label={t('taskpane.step.remove', { n })}
                  onClick={() => form.removeStep(index)}
                />
              </div>
              <Field label={t('taskpane.step.text', { n })} required {...fieldProps(`steps.${index}.text`)}>
                <Input
                  className={styles.control}
                  value={step.text}
                  onChange={(_, d) => form.updateStep(index, { text: d.value })}
                />
              </Field>
              <div className={styles.row}>
                <Field
                  className={styles.grow}
                  label={t('taskpane.step.dueDate', { n })}
                  {...fieldProps(`steps.${index}.dueDate`)}
                >
                  <Input
                    className={styles.control}
                    type="date"
                    value={step.dueDate}
                    onChange={(_, d) => form.updateStep(index, { dueDate: d.value })}
                  />
                </Field>
                <Field
                  className={styles.grow}
                  label={t('taskpane.step.owner', { n })}
                  {...fieldProps(`steps.${index}.owner.email`)}
                >
                  <Input
                    className={styles.control}
                    type="email"
                    value={step.ownerEmail}
                    onChange={(_, d) => form.updateStep(index, { ownerEmail: d.value })}
                  />
                </Field>
              </div>
            </div>
          );
        })}
        <div>
          <Button icon={<AddRegular />} onClick={form.addStep}>
            {t('taskpane.step.add')}
          </Button>
        </div>
      </fieldset>

      <Field
        label={t('taskpane.create.criteria')}
        hint={t('taskpane.create.criteriaHint')}
        {...fieldProps('acceptanceCriteria')}
      >
        <Textarea
          className={styles.control}
          value={value.acceptanceCriteria}
          onChange={text('acceptanceCriteria')}
          resize="vertical"
        />
      </Field>

      <div className={styles.row}>
        <Field className={styles.grow} label={t('taskpane.create.checkerName')} {...fieldProps('checker.name')}>
          <Input className={styles.control} value={value.checkerName} onChange={text('checkerName')} />
        </Field>
        <Field className={styles.grow} label={t('taskpane.create.checkerEmail')} {...fieldProps('checker.email')}>
          <Input className={styles.control} type="email" value={value.checkerEmail} onChange={text('checkerEmail')} />
        </Field>
      </div>

      <div className={styles.row}>
        <Field
          className={styles.grow}
          label={t('taskpane.create.targetDate')}
          hint={t('taskpane.create.targetHint')}
          required
          {...fieldProps('targetDate')}
        >
          <Input className={styles.control} type="date" value={value.targetDate} onChange={text('targetDate')} />
        </Field>
        <Field
          className={styles.grow}
          label={t('taskpane.create.promisedDate')}
          hint={t('taskpane.create.promisedHint')}
          required
          {...fieldProps('promisedDate')}
        >
          <Input className={styles.control} type="date" value={value.promisedDate} onChange={text('promisedDate')} />
        </Field>
      </div>
      <Field label={t('taskpane.create.neededBy')} hint={t('taskpane.create.neededByHint')} {...fieldProps('neededBy')}>
        <Input className={styles.control} type="date" value={value.neededBy ?? ''} onChange={text('neededBy')} />
      </Field>
      {form.afterNeededBy !== null && <Alert intent="warning">{fmt(form.afterNeededBy)}</Alert>}
      {suggestion !== undefined && (
        <div className={styles.section} role="note" aria-label={t('taskpane.suggestion.label')}>
          <Text className={styles.wrap}>
            {t('taskpane.suggestion.line', { date: formatDate(suggestion.promisedDate, locale) })}{' '}
            <span className={styles.muted}>
              {fmt(suggestion.explanation)}
              {suggestion.fromToday !== undefined && ` ${fmt(suggestion.fromToday)}`}
            </span>
          </Text>
          {suggestion.afterNeededBy !== undefined && (
            <Text className={styles.wrap}>{fmt(suggestion.afterNeededBy)}</Text>
          )}
          {value.promisedDate !== suggestion.promisedDate && (
            <div>
              <Link as="button" type="button" onClick={() => form.update('promisedDate', suggestion.promisedDate)}>
                {t('taskpane.suggestion.use', { date: formatDate(suggestion.promisedDate, locale) })}
              </Link>
            </div>
          )}
        </div>
      )}
      <Field
        label={t('taskpane.create.cadence')}
        hint={t('taskpane.create.cadenceHint', { days: settings.defaultCadenceDays })}
        required
        {...fieldProps('updateCadenceDays')}
      >
        <Input
          className={styles.control}
          type="number"
          inputMode="numeric"
          min={1}
          max={60}
          value={value.cadence}
          onChange={text('cadence')}
        />
      </Field>

      {otherErrors.length > 0 && <Alert intent="error">{otherErrors.map((e) => fmt(e.message)).join(' ')}</Alert>}
      {props.failure !== null && (
        <Alert intent="error" role="alert">
          {props.failure}
        </Alert>
      )}
      {form.showErrors && form.errors.length > 0 && (
        <Text role="alert" className={styles.wrap}>
          {t('taskpane.form.fixErrors', { count: form.errors.length })}
        </Text>
      )}

      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={props.busy}>
          {t(props.save)}
        </Button>
        {props.buttons}
      </div>
    </form>
  );
}

/** After a failed Save, keyboard and screen reader users land on the first field to fix. */
function focusFirstInvalid(form: HTMLFormElement) {
  // Fluent renders the message after React commits; wait a frame for aria-invalid to be set.
  requestAnimationFrame(() => {
    const invalid = form.querySelector<HTMLElement>('[aria-invalid="true"]');
    invalid?.focus();
  });
}
