import { plural, type MessageTemplate } from '../wording';

/**
 * The actions on a commitment, in one vocabulary: the task pane and the overview's details use the
 * same components (src/surfaces/shared/actions) and so the same words for the same action.
 */
export const actions = {
  'actions.heading': 'Actions',
  'actions.closed': 'This commitment is closed. Reopen it if something is not finished after all.',

  // The buttons.
  'actions.share': 'Share plan',
  'actions.shareAgain': 'Share plan again',
  'actions.update': 'Send update',
  'actions.concern': 'Raise concern',
  'actions.answer': 'Record the customer’s answer',
  'actions.closeConcern': 'Close concern',
  'actions.deliver': 'Deliver',
  'actions.askSignOff': 'Ask {checker} to sign off',
  'actions.signOff': 'Record sign-off',
  'actions.feedback': 'Record feedback',
  'actions.flag': 'Flag at risk',
  'actions.clearFlag': 'Clear risk flag',
  'actions.cancel': 'Cancel commitment',
  'actions.reopen': 'Reopen',
  'actions.reassign': 'Reassign',
  'actions.edit': 'Edit plan',

  // Every form.
  'actions.form.keptLocally': 'What you typed is kept on this device until you save or discard it.',
  'actions.form.notKept':
    'This browser does not let Kept keep a copy of what you typed: save before you close the pane.',
  'actions.form.discard': 'Discard',
  'actions.form.close': 'Close',
  'actions.form.busy': 'Saving…',

  'actions.update.heading': 'Send an update',
  'actions.update.intro': 'The draft lists the steps done and the next ones; add anything the customer should know.',
  'actions.update.onTrack': 'Still on track for {date}?',
  'actions.update.onTrackYes': 'Yes, on track',
  'actions.update.onTrackNo': 'No, not on track',
  'actions.update.offTrackHint':
    'Kept shows the commitment at risk until an update says it is on track again. Raise a concern to offer the customer choices.',
  'actions.update.note': 'Note for the customer',
  'actions.update.noteHint': 'Optional.',
  'actions.update.submit': 'Open update draft',

  'actions.concern.heading': 'Raise a concern',
  'actions.concern.intro': 'Tell the customer early, with a plan and choices.',
  'actions.concern.risk': 'What is at risk',
  'actions.concern.recovery': 'Recovery action',
  'actions.concern.recoveryHint': 'What you will do to get back on track.',
  'actions.concern.options': 'Options for the customer',
  'actions.concern.optionsHint': 'Choices the customer can pick from. Leave blank ones empty.',
  'actions.concern.option': 'Option {n}',
  'actions.concern.addOption': 'Add an option',
  'actions.concern.proposedDate': 'Proposed new date (optional)',
  'actions.concern.proposedHint':
    'Promised now: {date}. A new date is only proposed: it becomes the promise when you record that the customer accepted it.',
  'actions.concern.submit': 'Open concern draft',

  'actions.answer.heading': 'The customer’s answer',
  'actions.answer.intro': 'You proposed {proposed} instead of {promised}. What did {customer} answer?',
  'actions.answer.accepted': 'Accepted {proposed}: it becomes the promise',
  'actions.answer.keptOldDate': 'Keeps {promised}: you recover to meet it',
  'actions.answer.choice': 'Answer',
  'actions.answer.choose': 'Choose what the customer answered.',
  'actions.answer.recovery': 'Recovery plan to meet {promised}',
  'actions.answer.submit': 'Record the answer',

  'actions.closeConcern.heading': 'Close the concern',
  'actions.closeConcern.intro':
    'The risk is resolved. Closing the concern puts the commitment back on track (a date still proposed is withdrawn).',
  'actions.closeConcern.note': 'What resolved it (optional)',
  'actions.closeConcern.submit': 'Close concern',

  'actions.deliver.heading': 'Deliver',
  'actions.deliver.intro': 'The draft asks the customer how the service was.',
  'actions.deliver.openSteps': plural({
    one: 'One step is not ticked yet. The draft asks the customer how the service was.',
    other: '# steps are not ticked yet. The draft asks the customer how the service was.',
  }),
  'actions.deliver.checker': 'Once delivered, ask {checker} to confirm it meets the acceptance criteria.',
  'actions.deliver.note': 'Delivery note',
  'actions.deliver.noteHint': 'What you delivered and where to find it.',
  'actions.deliver.submit': 'Open delivery draft',

  'actions.signOff.heading': 'Record sign-off',
  'actions.signOff.intro': '{checker} confirmed the delivery meets the acceptance criteria.',
  'actions.signOff.note': 'What {checker} said (optional)',
  'actions.signOff.submit': 'Record sign-off',
  'actions.signOff.done': 'Signed off by {checker} on {date}.',
  'actions.signOff.waiting': 'Delivered; {checker} has not signed off yet.',

  'actions.feedback.heading': 'Record feedback',
  'actions.feedback.intro': 'What the customer answered to “How did we do?”.',
  'actions.feedback.rating': 'Rating',
  'actions.feedback.ratingOption': '{n} of 5',
  'actions.feedback.comment': 'Comment',
  'actions.feedback.submit': 'Save feedback',

  'actions.cancel.heading': 'Cancel the commitment',
  'actions.cancel.intro': 'Agree it with the customer first; the reason stays in the history.',
  'actions.cancel.reason': 'Reason',
  'actions.cancel.agreed': '{name} agreed to cancel',
  'actions.cancel.submit': 'Cancel commitment',

  'actions.reopen.heading': 'Reopen the commitment',
  'actions.reopen.intro':
    'A delivered or cancelled commitment is a record of what happened. Reopen it only when something is not finished after all.',
  'actions.reopen.reason': 'Why it is reopened',
  'actions.reopen.submit': 'Reopen',

  'actions.reassign.heading': 'Reassign',
  'actions.reassign.intro': 'Hand the commitment to someone else; {owner} owns it now.',
  'actions.reassign.name': 'New owner’s name',
  'actions.reassign.email': 'New owner’s email',
  'actions.reassign.note': 'Note (optional)',
  'actions.reassign.submit': 'Reassign',

  'actions.flag.heading': 'Flag at risk',
  'actions.flag.intro': 'Mark it at risk before the date breaks, then raise a concern with the customer.',
  'actions.flag.note': 'What worries you (optional)',
  'actions.flag.submit': 'Flag at risk',

  // Recorded when sent.
  'actions.sent.question': 'Did you send {message} to {name}?',
  'actions.sent.explain': 'Kept records it only once it is sent.',
  'actions.sent.yes': 'Yes, I sent it',
  'actions.sent.no': 'No, not sent',
  'actions.sent.waiting': 'Send {message} in Outlook. Kept records it when the reply appears in Sent Items.',
  'actions.sent.check': 'Check Sent Items',
  'actions.sent.checking': 'Looking in Sent Items…',
  'actions.sent.notYet': 'Not in Sent Items yet.',
  'actions.sent.cannotCheck': 'Kept could not look in Sent Items ({detail}).',
  'actions.sent.discard': 'Not sending it',
  'actions.sent.recorded': 'Recorded: {message} was sent.',
  'actions.sent.notRecorded': 'Nothing was recorded: {message} was not sent.',
  'actions.saved': 'Saved.',
  'actions.draftFailed': 'The message could not be prepared, so nothing was saved: {detail}',

  // The customer's reply in the request's thread (one click records what it meant).
  'actions.reply.heading': 'The customer’s reply',
  'actions.reply.replied': '{name} replied {when}',
  'actions.reply.answered': 'You have answered this reply.',
  'actions.reply.meaning': 'What did the reply mean? Kept records only what you choose.',
  'actions.reply.acknowledged': 'Acknowledged',
  'actions.reply.accepted': 'Accepted {proposed}',
  'actions.reply.keptOldDate': 'Kept {promised}',
  'actions.reply.rated': 'Rated the delivery',
  'actions.reply.record': 'Record',
  'actions.reply.consent':
    'Kept can show your customer’s replies in this email’s conversation and count your own replies as updates.',
  'actions.reply.allow': 'Show replies',
  'actions.reply.failed': 'Kept could not read the replies ({detail}). Nothing was changed.',
  'actions.reply.throttled':
    'Microsoft 365 asked Kept to slow down. Kept reads the replies again at the next refresh; nothing was changed.',
  'actions.reply.reading': 'Reading the replies…',
} satisfies Record<string, MessageTemplate>;
