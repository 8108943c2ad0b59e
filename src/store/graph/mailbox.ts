import { findIana } from 'windows-iana';
import type { Weekday, WorkCalendar } from '../../domain/types';
import { defaultTeamSettings } from '../defaultSettings';
import type { GraphCall } from './http/pipeline';
import { SCOPES } from './scopes';
import { teamId } from '../../domain/ids';
import { canonicalTimeZone } from '../../domain/calendar';

/**
 * The signed-in user's working days, hours and time zone from Outlook, as the business calendar
 * a new team starts with. https://learn.microsoft.com/graph/api/user-get-mailboxsettings and
 * https://learn.microsoft.com/graph/api/resources/workinghours
 */
interface WorkingHoursLike {
  readonly daysOfWeek?: readonly string[];
  readonly startTime?: string;
  readonly endTime?: string;
  readonly timeZone?: { readonly name?: string };
}

export interface MailboxSettingsLike {
  readonly timeZone?: string;
  readonly workingHours?: WorkingHoursLike;
}

const DAYS: Readonly<Record<string, Weekday>> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

/**
 * Outlook names zones the Windows way ("W. Europe Standard Time") unless the user picked an IANA
 * one; Intl needs IANA. Windows names map through the CLDR table in windows-iana; a custom zone
 * ("Customized Time Zone") or an unknown name gives undefined.
 */
export function toIanaZone(name: string | undefined): string | undefined {
  if (name === undefined || name.trim() === '') return undefined;
  const [fromWindows] = findIana(name);
  if (fromWindows !== undefined) return canonicalTimeZone(fromWindows);
  return name.includes('/') || name === 'UTC' ? canonicalTimeZone(name) : undefined;
}

/** "08:30:00.0000000" → 510. */
function minutes(time: string | undefined): number | undefined {
  const match = time === undefined ? null : /^(\d{1,2}):(\d{2})/.exec(time);
  if (match === null) return undefined;
  const value = Number(match[1]) * 60 + Number(match[2]);
  return value >= 0 && value <= 24 * 60 ? value : undefined;
}

export function workCalendarFromMailbox(settings: MailboxSettingsLike): WorkCalendar {
  const fallback = defaultTeamSettings(teamId('mailbox')).calendar;
  const hours = settings.workingHours;
  const timeZone = toIanaZone(hours?.timeZone?.name) ?? toIanaZone(settings.timeZone) ?? fallback.timeZone;
  const workDays = [
    ...new Set((hours?.daysOfWeek ?? []).map((d) => DAYS[d.toLowerCase()]).filter((d) => d !== undefined)),
  ].sort();
  const start = minutes(hours?.startTime);
  const end = minutes(hours?.endTime);
  const hoursOk = start !== undefined && end !== undefined && end > start;
  return {
    timeZone,
    workDays: workDays.length > 0 ? workDays : fallback.workDays,
    dayStartMinute: hoursOk ? start : fallback.dayStartMinute,
    dayEndMinute: hoursOk ? end : fallback.dayEndMinute,
  };
}

/** Asks without sign-in UI: the calendar is a nicety, the team settings work without it. */
export async function readWorkCalendar(call: GraphCall): Promise<WorkCalendar> {
  const res = await call({
    method: 'GET',
    url: '/me/mailboxSettings?$select=timeZone,workingHours',
    scopes: SCOPES.mailboxSettings,
    interactive: false,
  });
  return workCalendarFromMailbox((res.body ?? {}) as MailboxSettingsLike);
}
