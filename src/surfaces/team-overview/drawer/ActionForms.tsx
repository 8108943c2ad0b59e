import { Button, Field, Input, makeStyles, Switch, Textarea, tokens } from '@fluentui/react-components';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { ConcernInput, UpdateInput } from '../../../domain/actions';
import type { FieldError } from '../../../domain/validation';
import { useT } from '../../../ui/useT';
import '../messages';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

interface FormProps<T> {
  readonly busy: boolean;
  readonly fieldErrors: readonly FieldError[];
  readonly onSubmit: (value: T) => void;
  readonly onCancel: () => void;
}

/** The message beside a field; errors for the whole action (field `action`) show on the first field. */
function useFieldMessage(fieldErrors: readonly FieldError[]) {
  const { fmt } = useT();
  return (field: string, alsoAction = false) => {
    const found = fieldErrors.find(
      (e) => e.field === field || e.field.startsWith(`${field}.`) || (alsoAction && e.field === 'action'),
    );
    return found === undefined ? {} : { validationMessage: fmt(found.message), validationState: 'error' as const };
  };
}

function FormShell({
  label,
  submit,
  busy,
  onCancel,
  onSubmit,
  children,
}: {
  label: string;
  submit: string;
  busy: boolean;
  onCancel: () => void;
  onSubmit: () => void;
  children: ReactNode;
}) {
  const styles = useStyles();
  const { t } = useT();
  return (
    <form
      className={styles.form}
      aria-label={label}
      // The domain validates and words every error beside its field; the browser's bubbles would not.
      noValidate
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {children}
      <div className={styles.buttons}>
        <Button appearance="primary" type="submit" disabledFocusable={busy}>
          {busy ? t('overview.action.busy') : submit}
        </Button>
        <Button onClick={onCancel}>{t('overview.action.cancelForm')}</Button>
      </div>
    </form>
  );
}

export function UpdateForm({
  busy,
  fieldErrors,
  onSubmit,
  onCancel,
  onTrackByDefault,
}: FormProps<UpdateInput> & { onTrackByDefault: boolean }) {
  const { t } = useT();
  const message = useFieldMessage(fieldErrors);
  const [note, setNote] = useState('');
  const [onTrack, setOnTrack] = useState(onTrackByDefault);
  return (
    <FormShell
      label={t('overview.action.update')}
      submit={t('overview.update.submit')}
      busy={busy}
      onCancel={onCancel}
      onSubmit={() => onSubmit({ note, onTrack })}
    >
      <Field label={t('overview.update.note')} {...message('note', true)}>
        <Textarea value={note} resize="vertical" onChange={(_, d) => setNote(d.value)} />
      </Field>
      <Switch label={t('overview.update.onTrack')} checked={onTrack} onChange={(_, d) => setOnTrack(d.checked)} />
    </FormShell>
  );
}

export function ConcernForm({ busy, fieldErrors, onSubmit, onCancel }: FormProps<ConcernInput>) {
  const { t } = useT();
  const message = useFieldMessage(fieldErrors);
  const [risk, setRisk] = useState('');
  const [recovery, setRecovery] = useState('');
  const [options, setOptions] = useState('');
  const [proposedDate, setProposedDate] = useState('');
  return (
    <FormShell
      label={t('overview.action.concern')}
      submit={t('overview.concern.submit')}
      busy={busy}
      onCancel={onCancel}
      onSubmit={() =>
        onSubmit({
          risk,
          recovery,
          options: options.split('\n'),
          ...(proposedDate.trim() === '' ? {} : { proposedDate }),
        })
      }
    >
      <Field label={t('overview.concern.risk')} required {...message('risk', true)}>
        <Textarea value={risk} resize="vertical" onChange={(_, d) => setRisk(d.value)} />
      </Field>
      <Field label={t('overview.concern.recovery')} required {...message('recovery')}>
        <Textarea value={recovery} resize="vertical" onChange={(_, d) => setRecovery(d.value)} />
      </Field>
      <Field label={t('overview.concern.options')} {...message('options')}>
        <Textarea value={options} resize="vertical" onChange={(_, d) => setOptions(d.value)} />
      </Field>
      <Field label={t('overview.concern.proposedDate')} {...message('proposedDate')}>
        <Input type="date" value={proposedDate} onChange={(_, d) => setProposedDate(d.value)} />
      </Field>
    </FormShell>
  );
}

export function DeliverForm({ busy, fieldErrors, onSubmit, onCancel }: FormProps<string>) {
  const { t } = useT();
  const message = useFieldMessage(fieldErrors);
  const [note, setNote] = useState('');
  return (
    <FormShell
      label={t('overview.action.deliver')}
      submit={t('overview.deliver.submit')}
      busy={busy}
      onCancel={onCancel}
      onSubmit={() => onSubmit(note)}
    >
      <Field label={t('overview.deliver.note')} {...message('note', true)}>
        <Textarea value={note} resize="vertical" onChange={(_, d) => setNote(d.value)} />
      </Field>
    </FormShell>
  );
}
