import { useState } from 'react';
import { LIMITS } from '../../../domain/validation';
import type { FollowUpReminders, TeamSettings } from '../../../domain/types';
import { isStoreError } from '../../../store/Store';
import { describeError } from '../../../ui/describeError';
import { useServices } from '../../../ui/services';
import { useT } from '../../../ui/useT';
import '../messages';

export const RANGES = {
  acknowledgeWithinHours: { min: 1, max: 80 },
  defaultCadenceDays: { min: LIMITS.cadenceDaysMin, max: LIMITS.cadenceDaysMax },
  defaultBufferDays: { min: 0, max: 30 },
} as const;

export type NumberField = keyof typeof RANGES;

export interface SettingsValues {
  readonly acknowledgeWithinHours: string;
  readonly defaultCadenceDays: string;
  readonly defaultBufferDays: string;
  readonly followUpReminders: FollowUpReminders;
}

const valuesOf = (s: TeamSettings): SettingsValues => ({
  acknowledgeWithinHours: String(s.acknowledgeWithinHours),
  defaultCadenceDays: String(s.defaultCadenceDays),
  defaultBufferDays: String(s.defaultBufferDays),
  followUpReminders: s.followUpReminders,
});

/** A whole number in range, or undefined. "4.5", "", "1e2" and "-0" are not accepted. */
export function parseWhole(text: string, range: { min: number; max: number }): number | undefined {
  const trimmed = text.trim();
  if (!/^\d{1,4}$/.test(trimmed)) return undefined;
  const n = Number(trimmed);
  return n >= range.min && n <= range.max ? n : undefined;
}

/**
 * The service-standards form. It saves on top of the version it was opened with (`base`); when
 * someone else saved in between, the store says 'conflict', the typed values stay and the next
 * save goes on top of the current version (the caller passes the re-read settings as `latest`).
 */
export function useSettingsForm(base: TeamSettings, latest: TeamSettings, onSaved: (saved: TeamSettings) => void) {
  const { store } = useServices();
  const translator = useT();
  const [values, setValues] = useState<SettingsValues>(() => valuesOf(base));
  const [basedOn, setBasedOn] = useState<TeamSettings>(base);
  const [attempted, setAttempted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const [conflict, setConflict] = useState(false);

  const invalid = (field: NumberField) =>
    attempted && parseWhole(values[field], RANGES[field]) === undefined
      ? translator.t('overview.settings.range', RANGES[field])
      : undefined;

  const save = async () => {
    setAttempted(true);
    const ack = parseWhole(values.acknowledgeWithinHours, RANGES.acknowledgeWithinHours);
    const cadence = parseWhole(values.defaultCadenceDays, RANGES.defaultCadenceDays);
    const buffer = parseWhole(values.defaultBufferDays, RANGES.defaultBufferDays);
    if (ack === undefined || cadence === undefined || buffer === undefined) return;
    // After a conflict, the user has seen the current values: save on top of them.
    const on = conflict ? latest : basedOn;
    setBusy(true);
    setError(undefined);
    try {
      const saved = await store.saveSettings({
        ...on,
        acknowledgeWithinHours: ack,
        defaultCadenceDays: cadence,
        defaultBufferDays: buffer,
        followUpReminders: values.followUpReminders,
      });
      setConflict(false);
      setBasedOn(saved);
      onSaved(saved);
    } catch (e) {
      if (isStoreError(e) && e.code === 'conflict') {
        setConflict(true);
        setError(translator.t('overview.settings.conflict'));
      } else {
        setError(describeError(e, translator));
      }
    } finally {
      setBusy(false);
    }
  };

  return {
    values,
    set: (patch: Partial<SettingsValues>) => setValues((v) => ({ ...v, ...patch })),
    invalid,
    save,
    busy,
    error,
    conflict,
  };
}
