import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useMemo } from 'react';
import { defaultBufferNote } from '../../../domain/suggestion';
import type { CommitmentHead, TeamSettings } from '../../../domain/types';
import { useUnmountingDialog } from '../../../ui/FocusManagerHolder';
import { useT } from '../../../ui/useT';
import { FOLLOW_UP_REMINDERS } from '../../../domain/reminderChoices';
import type { FollowUpReminders } from '../../../domain/types';
import { RANGES, useSettingsForm, type NumberField } from './useSettingsForm';
import '../messages';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  number: { maxWidth: '8em' },
});

const FIELDS: readonly {
  field: NumberField;
  label: 'overview.settings.ackHours' | 'overview.settings.cadence' | 'overview.settings.buffer';
}[] = [
  { field: 'acknowledgeWithinHours', label: 'overview.settings.ackHours' },
  { field: 'defaultCadenceDays', label: 'overview.settings.cadence' },
  { field: 'defaultBufferDays', label: 'overview.settings.buffer' },
];

export interface SettingsDialogProps {
  /** The settings when the dialog opened. */
  readonly settings: TeamSettings;
  /** The settings as currently stored (they change when someone else saves). */
  readonly latest: TeamSettings;
  readonly teamName: string;
  /** The team's commitments: whether the default buffer still matters depends on their deliveries. */
  readonly team: readonly CommitmentHead[];
  readonly onClose: () => void;
  readonly onSaved: () => void;
}

/** The team's service standards. Everyone in the team may change them; saves are optimistic. */
export function SettingsDialog({ settings, latest, teamName, team, onClose, onSaved }: SettingsDialogProps) {
  const styles = useStyles();
  const { t, fmt } = useT();
  useUnmountingDialog();
  // The default buffer stops mattering once the team has enough deliveries: say so beside it.
  const bufferNote = useMemo(() => fmt(defaultBufferNote(team, latest)), [team, latest, fmt]);
  const form = useSettingsForm(settings, latest, () => {
    onSaved();
    onClose();
  });
  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface aria-describedby="kept-settings-explain">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void form.save();
          }}
        >
          <DialogBody>
            <DialogTitle>{t('overview.settings.title')}</DialogTitle>
            <DialogContent className={styles.content}>
              <Text id="kept-settings-explain">{t('overview.settings.explain', { team: teamName })}</Text>
              {form.error !== undefined && (
                <MessageBar intent="error" role="alert">
                  <MessageBarBody>
                    {form.error}
                    {form.conflict && (
                      <>
                        {' '}
                        {t('overview.settings.current', {
                          ack: latest.acknowledgeWithinHours,
                          cadence: latest.defaultCadenceDays,
                          buffer: latest.defaultBufferDays,
                        })}
                      </>
                    )}
                  </MessageBarBody>
                </MessageBar>
              )}
              {FIELDS.map(({ field, label }) => {
                const invalid = form.invalid(field);
                return (
                  <Field
                    key={field}
                    label={t(label, RANGES[field])}
                    {...(field === 'defaultBufferDays' ? { hint: bufferNote } : {})}
                    {...(invalid === undefined
                      ? {}
                      : { validationMessage: invalid, validationState: 'error' as const })}
                  >
                    <Input
                      className={styles.number}
                      inputMode="numeric"
                      value={form.values[field]}
                      onChange={(_, d) => form.set({ [field]: d.value })}
                    />
                  </Field>
                );
              })}
              <Field label={t('overview.settings.reminders')} hint={t('overview.settings.reminders.hint')}>
                <RadioGroup
                  value={form.values.followUpReminders}
                  onChange={(_, d) => form.set({ followUpReminders: d.value as FollowUpReminders })}
                >
                  {FOLLOW_UP_REMINDERS.map((choice) => (
                    <Radio key={choice} value={choice} label={t(`overview.settings.reminders.${choice}`)} />
                  ))}
                </RadioGroup>
              </Field>
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit" disabledFocusable={form.busy}>
                {form.busy ? t('overview.action.busy') : t('common.save')}
              </Button>
              <Button onClick={onClose}>{t('common.cancel')}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
