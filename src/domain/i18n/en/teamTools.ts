import { plural, type MessageTemplate } from '../wording';

/**
 * The team tools of the overview, loaded when first used: bulk reassign, nudge the owner, export,
 * saved views, the weekly digest; the Teams notifications Kept sends, and the demo's simulated Teams.
 * The drafts (nudge, digest) are worded in the language they are written in, which may not be the page's.
 */
export const teamTools = {
  // Reassign one or many.
  'teamTools.reassign.heading': plural({ one: 'Reassign # commitment', other: 'Reassign # commitments' }),
  'teamTools.reassign.member': 'Team member',
  'teamTools.reassign.someoneElse': 'Someone else…',
  'teamTools.reassign.name': 'New owner’s name',
  'teamTools.reassign.email': 'New owner’s email',
  'teamTools.reassign.note': 'Note for the new owner (optional)',
  'teamTools.reassign.notify': 'Kept tells the new owner in Teams.',
  'teamTools.reassign.submit': 'Reassign',
  'teamTools.reassign.done': plural({
    one: '# commitment reassigned to {name}.',
    other: '# commitments reassigned to {name}.',
  }),
  'teamTools.reassign.skipped': '“{title}” was not reassigned: {reason}',
  'teamTools.reassign.failed': '“{title}” was not reassigned: {reason} Nothing else changed.',

  // Nudge the owner.
  'teamTools.nudge.heading': 'Nudge {name}',
  'teamTools.nudge.intro': 'A message to your colleague, not to the customer. Edit it before it goes.',
  'teamTools.nudge.owner': 'Owner',
  'teamTools.nudge.language': 'Written in',
  'teamTools.nudge.subject': 'Subject',
  'teamTools.nudge.body': 'Message',
  'teamTools.nudge.send': 'Open as email',
  'teamTools.nudge.opened': 'The message to {name} is open in your mail.',
  'teamTools.nudge.loadFailed': 'The message could not be written in that language: {detail}',
  'teamTools.nudgeDraft.subject': plural({
    one: 'A commitment of yours needs a look',
    other: '# of your commitments need a look',
  }),
  'teamTools.nudgeDraft.greeting': 'Hi {name},',
  'teamTools.nudgeDraft.intro': plural({
    one: 'This commitment to a customer needs your attention:',
    other: 'These commitments to customers need your attention:',
  }),
  'teamTools.nudgeDraft.line': '{title} (for {customer}): {status}, promised {date}',
  'teamTools.nudgeDraft.ask': 'Could you send the customer an update, or tell me if you need a hand?',
  'teamTools.nudgeDraft.thanks': 'Thanks,',

  // Export.
  'teamTools.export.sheet': 'Commitments',
  'teamTools.export.file': 'commitments',
  'teamTools.export.done': plural({
    one: '# commitment exported to {file}.',
    other: '# commitments exported to {file}.',
  }),
  'teamTools.export.failed': 'The export could not be made: {detail}',
  'teamTools.column.title': 'Commitment',
  'teamTools.column.status': 'Status',
  'teamTools.column.owner': 'Owner',
  'teamTools.column.ownerEmail': 'Owner’s email',
  'teamTools.column.customer': 'Customer',
  'teamTools.column.customerEmail': 'Customer’s email',
  'teamTools.column.requested': 'Requested',
  'teamTools.column.target': 'Target date',
  'teamTools.column.promised': 'Promised date',
  'teamTools.column.neededBy': 'Needed by',
  'teamTools.column.nextUpdate': 'Next update due',
  'teamTools.column.delivered': 'Delivered',

  // Saved views.
  'teamTools.views.heading': 'Saved views',
  'teamTools.views.none': 'No saved views yet.',
  'teamTools.views.apply': 'Show “{name}”',
  'teamTools.views.delete': 'Delete “{name}”',
  'teamTools.views.saveHeading': 'Save this view',
  'teamTools.views.name': 'Name',
  'teamTools.views.nameRequired': 'Give the view a name.',
  'teamTools.views.replaces': 'A view with this name exists: saving replaces it.',
  'teamTools.views.save': 'Save view',
  'teamTools.views.saved': 'Saved “{name}”.',
  'teamTools.views.deleted': 'Deleted “{name}”.',
  'teamTools.views.roaming': 'Your saved views follow you wherever you sign in.',
  'teamTools.views.device': 'Your saved views are kept on this device.',
  'teamTools.views.saveFailed': 'The view was not saved: {detail} The filters stay as they are.',
  'teamTools.views.loadFailed': 'Your saved views could not be read: {detail}',

  // Weekly digest.
  'teamTools.digest.heading': 'Weekly team digest',
  'teamTools.digest.intro': 'The last seven days. Edit it before it goes.',
  'teamTools.digest.subject': 'Subject',
  'teamTools.digest.body': 'Digest',
  'teamTools.digest.post': 'Post to {channel}',
  'teamTools.digest.email': 'Open as email',
  'teamTools.digest.posted': 'Posted to {channel}.',
  'teamTools.digest.postFailed': 'Not posted: {reason} Your text is kept.',
  'teamTools.digest.noChannel':
    'Posting to a channel needs Kept in a Teams channel tab with Microsoft 365 sign-in. You can send it by email.',
  'teamTools.digest.empty': 'The digest is empty.',
  'teamTools.digestDraft.subject': '{team}: our promises, {from} – {to}',
  'teamTools.digestDraft.intro': 'Our promises to customers from {from} to {to}:',
  'teamTools.digestDraft.kept': plural({ zero: 'No promises kept', one: '# promise kept', other: '# promises kept' }),
  'teamTools.digestDraft.early': plural({
    zero: 'none delivered early',
    one: '# delivered early',
    other: '# delivered early',
  }),
  'teamTools.digestDraft.broken': plural({
    zero: 'no promise broken',
    one: '# promise broken',
    other: '# promises broken',
  }),
  'teamTools.digestDraft.atRisk': plural({ zero: 'At risk now: none', other: 'At risk now: #' }),
  'teamTools.digestDraft.updatesOverdue': plural({ zero: 'Updates overdue: none', other: 'Updates overdue: #' }),
  'teamTools.digestDraft.unanswered': plural({
    zero: 'Customer replies not yet answered: none',
    other: 'Customer replies not yet answered: #',
  }),
  'teamTools.digestDraft.item': '{title} ({owner}, for {customer}, promised {date})',
  'teamTools.digestDraft.close': 'Open Kept in Teams for the details.',

  // Teams notifications and posts: what happened, and why one did not.
  'teamTools.notified': '{name} was told in Teams about “{title}”.',
  'teamTools.notifyFailed': '{name} was not told in Teams about “{title}”: {reason} Everything else was saved.',
  'teamTools.failure.forbidden':
    'Microsoft 365 refused (is Kept installed for them in Teams, and may Kept post there for you?).',
  'teamTools.failure.throttled': 'Teams asked Kept to slow down; try again in a minute.',
  'teamTools.failure.unauthorized': 'Sign-in to Microsoft 365 is needed, or the permission was not given.',
  'teamTools.failure.offline': 'You are offline.',
  'teamTools.failure.not-found': 'Teams does not know them, or the chat or channel is gone.',
  'teamTools.failure.no-link': 'Kept does not know its Teams app here, so Teams could not open the commitment.',
  'teamTools.failure.other': '{detail}',
  'teamTools.notices.label': 'Teams notifications',
  'teamTools.notices.dismiss': 'Dismiss',

  // The demo's simulated Teams: the activity feed and the chats Kept posted to.
  'teamTools.demo.heading': 'Teams, simulated',
  'teamTools.demo.intro': 'What Kept sent to Teams in this demo: notifications in people’s activity feeds, and posts.',
  'teamTools.demo.empty': 'Nothing yet. Reassign a commitment, ask for sign-off, or post a recap.',
  'teamTools.demo.feed': 'Activity feed of {name}',
  'teamTools.demo.post': 'Posted in {place}',
  'teamTools.demo.open.commitment': 'Open the commitment',
  'teamTools.demo.clear': 'Clear',
  'teamTools.activity.sign-off-requested': '{actor} asked you to sign off {commitment}',
  'teamTools.activity.reassigned': '{actor} handed {commitment} to you',
  'teamTools.activity.step-assigned': '{actor} gave you the step “{step}” of {commitment}',
  'teamTools.demo.channel': 'the {team} channel',
  'teamTools.demo.meetingChat': 'the meeting chat',
  // The meeting recap posted in the meeting's chat.
  'teamTools.recapChat.heading': 'Recap for the meeting chat',
  'teamTools.recapChat.intro': 'Everyone in the meeting chat will see it. Edit it before it goes.',
  'teamTools.recapChat.subject': 'Subject',
  'teamTools.recapChat.body': 'Recap',
  'teamTools.recapChat.empty': 'The recap is empty.',
  'teamTools.recapChat.post': 'Post in the meeting chat',
  'teamTools.recapChat.posted': 'Posted in the meeting chat.',
  'teamTools.recapChat.postFailed': 'Not posted: {reason} Your text is kept.',
  // The demo's simulated Outlook flags and To Do tasks (the team's reminder setting).
  'teamTools.reminders.heading': 'Your reminders, simulated',
  'teamTools.reminders.intro':
    'What Kept keeps in your own Outlook or Microsoft To Do for the commitments you own, as the team settings choose. With Microsoft 365 these are real flags and tasks.',
  'teamTools.reminders.off': 'Reminders are off in the team settings.',
  'teamTools.reminders.empty': 'You own no commitment with a reminder.',
  'teamTools.reminders.todo': 'To Do task due {due}, reminder {reminder}',
  'teamTools.reminders.todo.noReminder': 'To Do task due {due}, no reminder',
  'teamTools.reminders.todo.done': 'To Do task completed {at}',
  'teamTools.reminders.flag': 'Outlook flag due {due}, reminder {reminder}',
  'teamTools.reminders.flag.noReminder': 'Outlook flag due {due}, no reminder',
  'teamTools.reminders.flag.done': 'Outlook flag completed {at}',
} satisfies Record<`teamTools.${string}`, MessageTemplate>;
