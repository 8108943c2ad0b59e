import type { FollowUpReminders } from './types';

/**
 * The team's reminder choices, in the order the settings offer them. A module of its own, so the
 * stores' checks and the settings dialog take the list without the status rules (reminders.ts).
 */
export const FOLLOW_UP_REMINDERS: readonly FollowUpReminders[] = ['outlookFlag', 'todoTask', 'off'];
