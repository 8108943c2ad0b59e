import type { Commitment, FollowUpReminders, TeamSettings } from '../domain/types';
import { FOLLOW_UP_REMINDERS } from '../domain/reminderChoices';

/**
 * Shape checks before a write. The domain validates what people type (dates, limits); these catch a
 * programming error before it reaches the database, where it would be read back as defaults.
 * Each returns the first problem, worded for the error message, or undefined.
 */

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isText = (value: unknown): value is string => typeof value === 'string';
const isOptionalText = (value: unknown) => value === undefined || typeof value === 'string';
const isPerson = (value: unknown) => isObject(value) && isText(value.name) && isText(value.email);

export function commitmentProblem(value: Commitment): string | undefined {
  const c: unknown = value;
  if (!isObject(c)) return 'a commitment must be an object';
  if (!isText(c.id) || c.id.trim() === '') return 'the commitment has no id';
  if (!isText(c.teamId) || c.teamId.trim() === '') return 'the commitment has no team';
  if (typeof c.version !== 'number' || !Number.isInteger(c.version) || c.version < 0)
    return 'the version is not a whole number';
  if (!isText(c.title)) return 'the title is not text';
  if (!isPerson(c.customer)) return 'the customer needs a name and an email';
  if (!isPerson(c.owner)) return 'the owner needs a name and an email';
  if (c.checker !== undefined && !isPerson(c.checker)) return 'the checker needs a name and an email';
  if (!isObject(c.source) || !['email', 'meeting', 'manual'].includes(String(c.source.kind))) {
    return 'the source is not an email, a meeting or manual';
  }
  if (c.source.kind === 'email' && (!isText(c.source.internetMessageId) || !isText(c.source.conversationId))) {
    return 'an email source needs its message id and conversation id';
  }
  if (c.source.kind === 'meeting' && (!isOptionalText(c.source.iCalUId) || !isOptionalText(c.source.joinUrl))) {
    return 'a meeting source key is not text';
  }
  if (!Array.isArray(c.steps) || !c.steps.every((s) => isObject(s) && isText(s.id) && isText(s.text))) {
    return 'every plan step needs an id and text';
  }
  if (!Array.isArray(c.history) || !c.history.every((h) => isObject(h) && isText(h.id) && isText(h.kind))) {
    return 'every history entry needs an id and a kind';
  }
  if (
    c.customerReply !== undefined &&
    (!isObject(c.customerReply) ||
      !isText(c.customerReply.at) ||
      !isPerson(c.customerReply.from) ||
      !isText(c.customerReply.excerpt))
  )
    return 'the customer’s reply needs a time, a sender and text';
  if (!isText(c.acceptanceCriteria)) return 'the acceptance criteria are not text';
  if (!isText(c.targetDate) || !isText(c.promisedDate) || !isText(c.requestedAt)) return 'a date is missing';
  if (typeof c.updateCadenceDays !== 'number' || !Number.isFinite(c.updateCadenceDays)) {
    return 'the update cadence is not a number';
  }
  return undefined;
}

const isNonNegative = (value: unknown) => typeof value === 'number' && Number.isFinite(value) && value >= 0;

export function settingsProblem(value: TeamSettings): string | undefined {
  const s: unknown = value;
  if (!isObject(s)) return 'settings must be an object';
  if (!isText(s.teamId) || s.teamId.trim() === '') return 'the settings have no team';
  if (typeof s.version !== 'number' || !Number.isInteger(s.version) || s.version < 0)
    return 'the version is not a whole number';
  if (!isText(s.teamName)) return 'the team name is not text';
  if (!isNonNegative(s.acknowledgeWithinHours)) return 'the acknowledgement time is not a number of hours';
  if (!isNonNegative(s.defaultCadenceDays)) return 'the default cadence is not a number of days';
  if (!isNonNegative(s.defaultBufferDays)) return 'the default buffer is not a number of days';
  if (!FOLLOW_UP_REMINDERS.includes(s.followUpReminders as FollowUpReminders))
    return `followUpReminders is not one of ${FOLLOW_UP_REMINDERS.join(', ')}`;
  const calendar = s.calendar;
  if (!isObject(calendar) || !isText(calendar.timeZone) || !Array.isArray(calendar.workDays)) {
    return 'the business calendar needs a time zone and work days';
  }
  if (!isNonNegative(calendar.dayStartMinute) || !isNonNegative(calendar.dayEndMinute)) {
    return 'the business hours are not minutes';
  }
  return undefined;
}
