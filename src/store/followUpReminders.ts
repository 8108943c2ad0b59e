import { FOLLOW_UP_REMINDERS } from '../domain/reminderChoices';
import type { FollowUpReminders } from '../domain/types';

const isReminders = (v: unknown): v is FollowUpReminders =>
  typeof v === 'string' && (FOLLOW_UP_REMINDERS as readonly string[]).includes(v);

/**
 * The reminder choice in stored settings, old or new: settings saved before To Do existed hold
 * `followUpFlags: true | false` (the Outlook flag on or off), and both the device's copy and the
 * team's SharePoint item may still be in that shape. Undefined: neither is readable.
 */
export function storedFollowUpReminders(value: Readonly<Record<string, unknown>>): FollowUpReminders | undefined {
  if (isReminders(value.followUpReminders)) return value.followUpReminders;
  if (typeof value.followUpFlags === 'boolean') return value.followUpFlags ? 'outlookFlag' : 'off';
  return undefined;
}
