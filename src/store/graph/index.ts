export { createGraphStore, type GraphCommitmentStore, type GraphStoreOptions } from './createGraphStore';
export { listJoinedTeams, type JoinedTeam } from './teams';
export { meetingChatKeys, meetingKeys, type MeetingKeys } from './events';
export { sentInConversation, type SentItem } from './sentItems';
export { readWorkCalendar, toIanaZone, workCalendarFromMailbox } from './mailbox';
export { odataString } from './odata';
export { SCOPES } from './scopes';
export { LIST_DISPLAY_NAME, COLUMNS } from './schema';
export type { TokenProvider, FetchLike } from './http/types';
