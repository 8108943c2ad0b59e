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
  'taskpane.create.neededBy': 'Needed by (optional)',
  'taskpane.create.neededByHint': 'The customer’s own date, if they gave one (“Finance closes the books on the 5th”).',
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

  'taskpane.form.fixErrors': plural({
    one: 'One field needs your attention before saving.',
    other: '# fields need your attention before saving.',
  }),

  // Editing the plan of a saved commitment (the create form, filled from it).
  'taskpane.edit.heading': 'Edit the plan',
  'taskpane.edit.intro':
    'Change the steps, what done means, the checker, the dates or the update rhythm. Ticked steps stay ticked.',
  'taskpane.edit.stepDone': 'Step {n} (done)',
  'taskpane.edit.save': 'Save changes',

  // The demo inbox's conversation (standalone only): simulate a reply arriving or send one.
  'taskpane.demo.thread': 'Replies in this conversation',
  'taskpane.demo.simulate': 'Try it: a reply arrives, or you send one, as in Outlook. Kept reads the conversation.',
  'taskpane.demo.customerReply': 'Reply from {name}',
  'taskpane.demo.sampleReply': 'Thanks! The new date works for us.',
  'taskpane.demo.receive': 'Receive the reply from {name}',
  'taskpane.demo.ownReply': 'Your reply to {name}',
  'taskpane.demo.sampleOwnReply': 'A quick update: the first step is done, and the rest follows the plan.',
  'taskpane.demo.send': 'Send your reply',
} satisfies Record<string, MessageTemplate>;
