import type { MessageTemplate } from '../wording';

/** Words every surface shares: generic actions and errors. */
export const common = {
  'common.appName': 'Kept',
  'common.save': 'Save',
  'common.cancel': 'Cancel',
  'common.close': 'Close',
  'common.retry': 'Try again',
  'common.loading': 'Loading…',
  'common.copy': 'Copy',
  'common.copied': 'Copied',
  'common.clearSelection': 'Clear selection',
  'common.error.not-found': 'This commitment no longer exists. It may have been deleted by someone else.',
  'common.error.conflict':
    'Someone else changed this commitment while you were editing. Your changes are kept below: review them and save again.',
  'common.error.throttled': 'Microsoft 365 asked us to slow down. Your change is queued and will be saved shortly.',
  'common.error.unauthorized':
    'You are not signed in, or your sign-in expired. Sign in again; nothing you typed is lost.',
  'common.error.forbidden':
    'You do not have access to this team’s commitments. Ask a team owner to add you to the team.',
  'common.error.offline':
    'You are offline. Your change is saved on this device and will be sent when you are back online.',
  'common.error.invalid': 'Some of the data could not be read. {detail}',
  'common.error.unavailable':
    'Kept cannot open its storage on this device right now ({detail}). Close other Kept tabs and try again; your text is kept.',
  'common.error.quota':
    'This device is out of storage space for Kept. Free some space and try again; your text is kept.',
  'common.error.reminder':
    'Microsoft To Do refused Kept’s reminder task. The commitment is saved; allow Kept to use To Do (Tasks.ReadWrite) or pick another reminder in the team settings.',
  'common.error.unknown': 'Something went wrong: {detail}. Nothing you typed is lost; try again.',
} satisfies Record<string, MessageTemplate>;
