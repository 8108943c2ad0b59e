import { plural, type MessageTemplate } from '../wording';

/** The Outlook task pane (src/surfaces/taskpane). */
export const taskpane = {
  'taskpane.noItem': 'Select an email or a meeting to see what was promised, or to record a new commitment.',
  'taskpane.label': 'Kept: {subject}',

  // The email's commitments.
  'taskpane.email.listHeading': plural({
    one: '# commitment on this email',
    other: '# commitments on this email',
  }),
  'taskpane.email.addAnother': 'Add another commitment',
  'taskpane.email.backToList': 'Back',
  'taskpane.email.threadOffer': plural({
    one: 'An earlier email in this conversation already has a commitment: “{title}”.',
    other: 'Earlier emails in this conversation already have # commitments, such as “{title}”.',
  }),
  'taskpane.email.openThread': 'Open it',
  'taskpane.email.openNamed': 'Open “{title}”',

  // Create form.
  'taskpane.create.heading': 'Record a commitment',
  'taskpane.create.requestedAt': 'Requested {date}',
  'taskpane.create.title': 'What you promise',
  'taskpane.create.customerName': 'Customer name',
  'taskpane.create.customerEmail': 'Customer email',
  'taskpane.create.plan': 'Action plan',
  'taskpane.create.noSteps': 'No steps yet. Add the steps you will take, each with a date.',
  'taskpane.create.criteria': 'Done means…',
  'taskpane.create.criteriaHint': 'How you and the customer will know it is done.',
  'taskpane.create.checkerName': 'Checker name (optional)',
  'taskpane.create.checkerEmail': 'Checker email (optional)',
  'taskpane.create.targetDate': 'Target date',
  'taskpane.create.targetHint': 'Your own goal.',
  'taskpane.create.promisedDate': 'Promised date',
  'taskpane.create.promisedHint': 'What you tell the customer.',
  'taskpane.create.cadence': 'Update the customer every … business days',
  'taskpane.create.cadenceHint': 'The team’s standard is {days}.',
  'taskpane.create.messageLanguage': 'Language of messages to the customer',
  'taskpane.create.messageLanguageHint':
    'Drafts for the customer are written in this language; the pane stays in yours. Kept suggests it again for this customer.',
  'taskpane.create.save': 'Save commitment',
  'taskpane.create.saving': 'Saving…',

  'taskpane.step.group': 'Step {n}',
  'taskpane.step.text': 'Step {n}: what',
  'taskpane.step.dueDate': 'Step {n}: by',
  'taskpane.step.owner': 'Step {n}: owner email (optional)',
  'taskpane.step.add': 'Add a step',
  'taskpane.step.moveUp': 'Move step {n} up',
  'taskpane.step.moveDown': 'Move step {n} down',
  'taskpane.step.remove': 'Remove step {n}',

  'taskpane.suggestion.label': 'Suggested promised date',
  'taskpane.suggestion.line': 'Suggested promise: {date}.',
  'taskpane.suggestion.use': 'Use {date}',

  'taskpane.form.keptLocally': 'What you typed is kept on this device until you save or discard it.',
  'taskpane.form.notKept':
    'This browser does not let Kept keep a copy of what you typed: save before you close the pane.',
  'taskpane.form.discard': 'Discard',
  'taskpane.form.fixErrors': plural({
    one: 'One field needs your attention before saving.',
    other: '# fields need your attention before saving.',
  }),

  // An existing commitment.
  'taskpane.view.customer': 'Customer',
  'taskpane.view.promised': 'Promised',
  'taskpane.view.target': 'Target',
  'taskpane.view.checker': 'Checker',
  'taskpane.view.messageLanguage': 'Messages in',
  'taskpane.view.nextUpdate': 'Next update',
  'taskpane.view.acknowledgeBy': 'Acknowledge by',
  'taskpane.view.updateOverdue': 'An update to the customer is due: send one now.',
  'taskpane.view.riskReasons': 'Why it is at risk',
  'taskpane.view.feedback': 'Customer feedback: {rating} of 5.',
  'taskpane.view.plan': 'Plan',
  'taskpane.view.noSteps': 'This plan has no steps.',
  'taskpane.view.stepDue': 'by {date}',
  'taskpane.view.criteria': 'Done means:',
  'taskpane.view.actions': 'Actions',
  'taskpane.view.history': 'History',

  'taskpane.action.share': 'Share plan',
  'taskpane.action.shareAgain': 'Share plan again',
  'taskpane.action.update': 'Send update',
  'taskpane.action.concern': 'Raise concern',
  'taskpane.action.deliver': 'Deliver',
  'taskpane.action.feedback': 'Record feedback',
  'taskpane.action.flag': 'Flag at risk',
  'taskpane.action.clearFlag': 'Clear risk flag',
  'taskpane.action.cancel': 'Cancel commitment',
  'taskpane.action.edit': 'Edit plan',

  // Editing the plan of a saved commitment (the create form, filled from it).
  'taskpane.edit.heading': 'Edit the plan',
  'taskpane.edit.intro':
    'Change the steps, what done means, the checker, the dates or the update rhythm. Ticked steps stay ticked.',
  'taskpane.edit.stepDone': 'Step {n} (done)',
  'taskpane.edit.recoveryIntro':
    '{customer} was told {date}. A later date is recorded as a renegotiation: tell them with Send update, or Raise concern to offer choices.',
  'taskpane.edit.recovery': 'Recovery action',
  'taskpane.edit.recoveryHint': 'What you will do to keep the new date — not who or what is to blame.',
  'taskpane.edit.save': 'Save changes',

  'taskpane.update.heading': 'Send an update',
  'taskpane.update.intro': 'The draft lists the steps done and the next ones; add anything the customer should know.',
  'taskpane.update.onTrack': 'Still on track for {date}?',
  'taskpane.update.onTrackYes': 'Yes, on track',
  'taskpane.update.onTrackNo': 'No — I will raise a concern',
  'taskpane.update.note': 'Note for the customer',
  'taskpane.update.noteHint': 'Optional.',
  'taskpane.update.submit': 'Open update draft',

  'taskpane.concern.heading': 'Raise a concern',
  'taskpane.concern.intro': 'Tell the customer early, with a plan and choices.',
  'taskpane.concern.risk': 'What is at risk',
  'taskpane.concern.recovery': 'Recovery action',
  'taskpane.concern.recoveryHint': 'What you will do to get back on track.',
  'taskpane.concern.options': 'Options for the customer',
  'taskpane.concern.optionsHint': 'Choices the customer can pick from. Leave blank ones empty.',
  'taskpane.concern.option': 'Option {n}',
  'taskpane.concern.addOption': 'Add an option',
  'taskpane.concern.proposedDate': 'Proposed new date (optional)',
  'taskpane.concern.proposedHint': 'Promised now: {date}. A new date is recorded as a renegotiation.',
  'taskpane.concern.submit': 'Open concern draft',

  'taskpane.deliver.heading': 'Deliver',
  'taskpane.deliver.intro': 'The draft asks the customer how the service was.',
  'taskpane.deliver.openSteps': plural({
    one: 'One step is not ticked yet. The draft asks the customer how the service was.',
    other: '# steps are not ticked yet. The draft asks the customer how the service was.',
  }),
  'taskpane.deliver.note': 'Delivery note',
  'taskpane.deliver.noteHint': 'What you delivered and where to find it.',
  'taskpane.deliver.submit': 'Open delivery draft',

  'taskpane.feedback.heading': 'Record feedback',
  'taskpane.feedback.intro': 'What the customer answered to “How did we do?”.',
  'taskpane.feedback.rating': 'Rating',
  'taskpane.feedback.ratingOption': '{n} of 5',
  'taskpane.feedback.comment': 'Comment',
  'taskpane.feedback.submit': 'Save feedback',

  'taskpane.cancel.heading': 'Cancel the commitment',
  'taskpane.cancel.intro': 'Agree it with the customer first; the reason stays in the history.',
  'taskpane.cancel.reason': 'Reason',
  'taskpane.cancel.agreed': '{name} agreed to cancel',
  'taskpane.cancel.submit': 'Cancel commitment',

  'taskpane.flag.heading': 'Flag at risk',
  'taskpane.flag.intro': 'Mark it at risk before the date breaks, then raise a concern with the customer.',
  'taskpane.flag.note': 'What worries you (optional)',
  'taskpane.flag.submit': 'Flag at risk',
} satisfies Record<string, MessageTemplate>;
