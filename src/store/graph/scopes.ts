/**
 * Delegated scopes, each asked only when the feature that needs it is used (see docs/graph.md).
 * - Sites.ReadWrite.All: read and write items of the team's list (and find the group's site).
 *   Sites.Selected would be narrower but needs an admin to grant each site one by one.
 * - Sites.Manage.All: create the list and repair its columns. Creating a list or a column needs it
 *   (list-create, list-post-columns); asked only when the list is missing or needs repair.
 * - MailboxSettings.Read: working days, hours and time zone for the default business calendar.
 * - Mail.ReadWrite: the Outlook follow-up flag on the request email (the team's reminder setting on 'outlookFlag').
 * - Tasks.ReadWrite: the owner's Microsoft To Do task instead of the flag (the setting on 'todoTask'):
 *   Kept's own list and its tasks (todo-post-lists, todotasklist-post-tasks, todotask-update); asked
 *   only when the first task is written.
 * - Team.ReadBasic.All: /me/joinedTeams for the Outlook team picker and the personal tab across teams.
 * - Calendars.Read: the iCalUId and Teams join URL of the appointment open in Outlook (event-get),
 *   which Office.js does not give; asked only when the Outlook pane opens on a meeting.
 * - Chat.ReadBasic: the join URL of the Teams meeting a side panel or details tab is in, from the
 *   meeting chat the Teams context names (chat-get, onlineMeetingInfo); asked only in a meeting.
 * - Mail.ReadBasic: whether a reply Kept drafted was sent (Sent Items by conversation, no bodies),
 *   so the update or concern is recorded when it was sent; asked only when the user sends one.
 * - Mail.Read: the request's thread with each message's preview (user-list-messages; Mail.ReadBasic
 *   leaves the preview out), so the customer's replies show on the commitment and the owner's own
 *   replies count as updates; asked only when the owner first asks to see the replies.
 * A mail scope the user granted already (Mail.ReadWrite for flags) is used for the reads instead of
 * asking for the narrower one (mailScopes.ts).
 *
 * - TeamsActivity.Send: a Teams activity feed notification to the checker asked to sign off, the new
 *   owner of a reassigned commitment, the owner of an assigned plan step (userteamwork-sendactivitynotification).
 * - ChatMessage.Send: the meeting recap posted in the meeting's chat (chat-post-messages).
 * - ChannelMessage.Send: the weekly team digest posted in the team's channel (channel-post-messages).
 * - Files.ReadWrite.AppFolder: saved views, in the user's own OneDrive app folder only, so they
 *   follow the user to every device (onedrive-sharepoint-appfolder).
 *
 * `Mail.ReadWrite` also covers converting the email's id to its immutable id (message-get with
 * `Prefer: IdType="ImmutableId"`), so that needs no further mail scope.
 */
export const SCOPES = {
  items: ['Sites.ReadWrite.All'],
  provision: ['Sites.Manage.All'],
  mailboxSettings: ['MailboxSettings.Read'],
  followUpFlags: ['Mail.ReadWrite'],
  todo: ['Tasks.ReadWrite'],
  joinedTeams: ['Team.ReadBasic.All'],
  meetingKeys: ['Calendars.Read'],
  meetingChat: ['Chat.ReadBasic'],
  sentItems: ['Mail.ReadBasic'],
  thread: ['Mail.Read'],
  activityFeed: ['TeamsActivity.Send'],
  chatPost: ['ChatMessage.Send'],
  channelPost: ['ChannelMessage.Send'],
  appFolder: ['Files.ReadWrite.AppFolder'],
} as const satisfies Record<string, readonly string[]>;
