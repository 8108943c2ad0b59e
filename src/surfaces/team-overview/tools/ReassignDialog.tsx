import { Button, Field, Input, Select, Text, Textarea } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { reassign } from '../../../domain/actions';
import { formatMessage } from '../../../domain/i18n';
import type { Person } from '../../../domain/types';
import { sameEmail, type FieldError } from '../../../domain/validation';
import { Alert } from '../../../ui/Alert';
import { describeError } from '../../../ui/describeError';
import { useServices } from '../../../ui/services';
import { useT } from '../../../ui/useT';
import type { OverviewRow } from '../overviewModel';
import { ToolDialog } from '../../../ui/ToolDialog';

const SOMEONE_ELSE = '';
const ROW_REASONS: readonly string[] = ['domain.validation.sameOwner', 'domain.validation.checkerIsOwner'];

interface Outcome {
  readonly done: number;
  readonly to: Person;
  /** Commitments not reassigned, with why (already delivered, a save that failed…). */
  readonly refused: readonly { title: string; reason: string; failed: boolean }[];
}

/**
 * Reassigns the selected commitments to one new owner (the domain's reassign: the checker stays a
 * third person, a delivered one stays as it is). Each is saved on its own; one that cannot be
 * reassigned is named with why, the others go ahead. Kept then tells the new owner in Teams.
 */
export function ReassignDialog({
  rows: picked,
  all,
  onClose,
  onDone,
}: {
  rows: readonly OverviewRow[];
  all: readonly OverviewRow[];
  onClose: () => void;
  onDone: () => void;
}) {
  const { store, host, clock, newId } = useServices();
  // The rows picked when the dialog opened: a done reassignment clears the table's selection, and the
  // dialog still speaks of the commitments it reassigned.
  const [rows] = useState(picked);
  const translator = useT();
  const { t, locale } = translator;
  // The team's owners, and me, to pick from; anyone else by name and email.
  const members = useMemo(() => {
    const found = new Map<string, Person>();
    for (const person of [host.user, ...all.map((r) => r.commitment.owner)]) {
      const key = person.email.trim().toLowerCase();
      if (key !== '' && !found.has(key)) found.set(key, person);
    }
    return [...found.values()].sort((a, b) => a.name.localeCompare(b.name, locale));
  }, [all, host.user, locale]);
  const [memberEmail, setMemberEmail] = useState(SOMEONE_ELSE);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<readonly FieldError[]>([]);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const member = members.find((m) => sameEmail(m.email, memberEmail));
  const to: Person = member ?? { name, email };
  const fieldError = (field: string) => {
    const found = errors.find((e) => e.field === field);
    return found === undefined
      ? {}
      : { validationState: 'error' as const, validationMessage: formatMessage(locale, found.message) };
  };

  const submit = async () => {
    setBusy(true);
    setErrors([]);
    const refused: { title: string; reason: string; failed: boolean }[] = [];
    let done = 0;
    let saved: Person = to;
    for (const row of rows) {
      const title = row.commitment.title;
      try {
        // The stored version, so a change someone made meanwhile is reassigned, not overwritten.
        const current = await store.get(row.commitment.id);
        const result = reassign(current, to, note, { now: clock.now(), by: host.user, newId });
        if (!result.ok) {
          // A name or email the domain refuses is refused for every row: say it beside the field. That
          // this row's owner or checker is that person is about the row: it is named below.
          const personal = result.error.filter(
            (e) => e.field.startsWith('owner.') && !ROW_REASONS.includes(e.message.key),
          );
          if (personal.length > 0) {
            setErrors(personal);
            setBusy(false);
            return;
          }
          refused.push({
            title,
            reason: result.error.map((e) => formatMessage(locale, e.message)).join(' '),
            failed: false,
          });
          continue;
        }
        await store.update(result.value);
        saved = result.value.owner;
        done += 1;
      } catch (error) {
        refused.push({ title, reason: describeError(error, translator), failed: true });
      }
    }
    setBusy(false);
    setOutcome({ done, to: saved, refused });
    if (done > 0) onDone();
  };

  return (
    <ToolDialog
      title={t('teamTools.reassign.heading', { count: rows.length })}
      onClose={onClose}
      onSubmit={() => void submit()}
      actions={
        outcome === null && (
          <Button appearance="primary" type="submit" disabledFocusable={busy || rows.length === 0}>
            {t('teamTools.reassign.submit')}
          </Button>
        )
      }
    >
      {outcome === null ? (
        <>
          <Field label={t('teamTools.reassign.member')}>
            <Select value={memberEmail} onChange={(_, d) => setMemberEmail(d.value)}>
              <option value={SOMEONE_ELSE}>{t('teamTools.reassign.someoneElse')}</option>
              {members.map((m) => (
                <option key={m.email} value={m.email}>
                  {m.name || m.email}
                </option>
              ))}
            </Select>
          </Field>
          {member === undefined && (
            <>
              <Field label={t('teamTools.reassign.name')} {...fieldError('owner.name')}>
                <Input value={name} onChange={(_, d) => setName(d.value)} />
              </Field>
              <Field label={t('teamTools.reassign.email')} required {...fieldError('owner.email')}>
                <Input type="email" value={email} onChange={(_, d) => setEmail(d.value)} />
              </Field>
            </>
          )}
          <Field label={t('teamTools.reassign.note')} {...fieldError('note')}>
            <Textarea value={note} onChange={(_, d) => setNote(d.value)} />
          </Field>
          <Text>{t('teamTools.reassign.notify')}</Text>
        </>
      ) : (
        <>
          <Text role="status">
            {t('teamTools.reassign.done', { count: outcome.done, name: outcome.to.name || outcome.to.email })}
          </Text>
          {outcome.refused.map((r) => (
            <Alert key={r.title} intent={r.failed ? 'error' : 'warning'} role="alert">
              {t(r.failed ? 'teamTools.reassign.failed' : 'teamTools.reassign.skipped', {
                title: r.title,
                reason: r.reason,
              })}
            </Alert>
          ))}
        </>
      )}
    </ToolDialog>
  );
}
