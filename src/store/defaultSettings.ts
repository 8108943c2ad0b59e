import { canonicalTimeZone } from '../domain/calendar';
import type { TeamId } from '../domain/ids';
import type { TeamSettings, Weekday } from '../domain/types';

const MONDAY_TO_FRIDAY: readonly Weekday[] = [1, 2, 3, 4, 5];

/**
 * The service standards a team starts with until someone saves its own: Mon–Fri 09:00–17:00,
 * acknowledge within 4 business hours, an update every 5 business days, 2 business days of buffer.
 * Version 0 means "never saved", so the first save is an ordinary optimistic write from version 0.
 */
export function defaultTeamSettings(teamId: TeamId, teamName = '', timeZone?: string): TeamSettings {
  return {
    teamId,
    teamName,
    version: 0,
    acknowledgeWithinHours: 4,
    defaultCadenceDays: 5,
    defaultBufferDays: 2,
    calendar: {
      // A bad zone from a host must not break the store.
      timeZone: canonicalTimeZone(timeZone) ?? 'UTC',
      workDays: [...MONDAY_TO_FRIDAY],
      dayStartMinute: 9 * 60,
      dayEndMinute: 17 * 60,
    },
    followUpReminders: 'outlookFlag',
  };
}
