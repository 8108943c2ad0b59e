import { Button, Field, Input, Link, Text, Textarea, type InputOnChangeData } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons/svg/add';
import { ArrowDownRegular } from '@fluentui/react-icons/svg/arrow-down';
import { ArrowUpRegular } from '@fluentui/react-icons/svg/arrow-up';
import { DeleteRegular } from '@fluentui/react-icons/svg/delete';
import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { createCommitment } from '../../../domain/actions';
import { formatDate, formatDateTime } from '../../../domain/format';
import type { Commitment, TeamSettings } from '../../../domain/types';
import type { HostItem } from '../../../hosts/HostContext';
import { describeError } from '../../../ui/describeError';
import { useServices } from '../../../ui/services';
import { Alert } from '../../../ui/Alert';
import { useT } from '../../../ui/useT';
import { useTaskPaneStyles } from '../TaskPane.styles';
import { shownBesideField, useCommitmentForm, type CommitmentFormValue } from './useCommitmentForm';
import '../messages';

type Email = Extract<HostItem, { kind: 'email' }>;

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
  const styles = useTaskPaneStyles();
  const { t, fmt, locale } = useT();
  const { store, host, clock, newId, teamId } = useServices();
  const form = useCommitmentForm({ email, settings, team, owner: host.user, now: clock.now(), newId });
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const headingId = useId();
  const { value, suggestion } = form;

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
    setFailure(null);
    if (form.errors.length > 0) {
      focusFirstInvalid(event.currentTarget as HTMLFormElement);
      return;
    }
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

  const otherErrors = form.showErrors ? form.errors.filter((e) => !shownBesideField(e.field)) : [];

  return (
    <form className={styles.section} aria-labelledby={headingId} noValidate onSubmit={(e) => void submit(e)}>
      <h2 id={headingId} className={styles.heading}>
        {t('taskpane.create.heading')}
      </h2>
      <Text className={styles.muted}>
        {t('taskpane.create.requestedAt', {
          date: formatDateTime(email.receivedAt, locale, settings.calendar.timeZone),
        })}
      </Text>
      {form.draft.dirty && (
        <Text size={200} className={styles.muted} role="status">
          {form.draft.kept ? t('taskpane.form.keptLocally') : t('taskpane.form.notKept')}
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
          return (
            <div key={step.key} className={styles.stepRow} role="group" aria-label={t('taskpane.step.group', { n })}>
              <div className={styles.stepHeader}>
                <Text className={styles.stepTitle}>{t('taskpane.step.group', { n })}</Text>
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
      {suggestion !== undefined && (
        <div className={styles.section} role="note" aria-label={t('taskpane.suggestion.label')}>
          <Text className={styles.wrap}>
            {t('taskpane.suggestion.line', { date: formatDate(suggestion.promisedDate, locale) })}{' '}
            <span className={styles.muted}>{fmt(suggestion.explanation)}</span>
          </Text>
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
      {failure !== null && (
        <Alert intent="error" role="alert">
          {failure}
        </Alert>
      )}
      {form.showErrors && form.errors.length > 0 && (
        <Text role="alert" className={styles.wrap}>
          {t('taskpane.form.fixErrors', { count: form.errors.length })}
        </Text>
      )}

      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={saving}>
          {saving ? t('taskpane.create.saving') : t('taskpane.create.save')}
        </Button>
        {(form.draft.dirty || onClose !== undefined) && <Button onClick={discard}>{t('taskpane.form.discard')}</Button>}
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
