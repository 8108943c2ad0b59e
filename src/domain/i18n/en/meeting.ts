import { plural, type MessageTemplate } from '../wording';

/** The meeting checklist: Teams meeting side panel and details tab, Outlook appointment pane. */
export const meeting = {
  'meeting.heading': 'Promises in this meeting',
  'meeting.when': '{subject} · {when}',
  'meeting.noKey':
    'Save the meeting first. Kept finds a meeting’s promises by its ID, and a new meeting gets one when it is saved.',
  /** A saved Outlook appointment: Office.js gives no meeting ID; only Microsoft Graph can look it up. */
  'meeting.findingKeys': 'Finding this meeting in your calendar…',
  'meeting.noKeySignIn': 'Kept needs Microsoft 365 sign-in to recognise this meeting.',

  'meeting.add.heading': 'Add a promise',
  'meeting.add.title': 'What was promised',
  'meeting.add.titlePlaceholder': 'e.g. Send the Q3 figures',
  'meeting.add.customer': 'To whom',
  'meeting.add.customerPlaceholder': 'Pick an attendee or type an email',
  'meeting.add.customerList': 'Show the attendees',
  'meeting.add.customerInvalid': 'Pick an attendee, or type an email address such as name@contoso.com.',
  'meeting.add.pickersFailed':
    'The attendee lists could not be loaded. Type an attendee’s name or an email address in “To whom”; the promise is recorded as yours. Reload the page to choose from the lists.',
  'meeting.add.owner': 'Who promised',
  'meeting.add.me': '{name} (me)',
  'meeting.add.date': 'Promised by',
  'meeting.add.suggested': 'Suggested {date}. {explanation}',
  'meeting.add.submit': 'Add promise',
  'meeting.add.keyboard': 'Enter adds the promise.',
  'meeting.add.added': 'Added “{title}” for {customer}, by {date}.',

  'meeting.list.count': plural({ zero: 'No promises yet', one: '# promise', other: '# promises' }),
  'meeting.list.empty': 'Nothing promised yet. Add the first promise above: a title and a name are enough.',
  'meeting.list.tickHint': 'Tick a promise when it is delivered. A delivered promise stays delivered.',
  'meeting.row.summary': '{owner} promised {customer}, by {date}',
  'meeting.row.deliveredOn': 'Delivered {date}',
  'meeting.row.steps': plural({ one: '{done} of # step done', other: '{done} of # steps done' }),
  'meeting.row.openInOverview': 'Open in overview',

  'meeting.deliver.group': 'Mark “{title}” as delivered',
  'meeting.deliver.note': 'Delivery note (optional)',
  'meeting.deliver.defaultNote': 'Done, as promised in “{subject}”.',
  'meeting.deliver.final': 'This records the delivery. It cannot be unticked afterwards.',
  'meeting.deliver.confirm': 'Mark delivered',
  'meeting.deliver.done': 'Marked “{title}” as delivered.',

  'meeting.plan.add': 'Add plan',
  'meeting.plan.edit': 'Edit plan',
  'meeting.plan.heading': 'Plan for “{title}”',
  'meeting.plan.steps': 'Steps',
  'meeting.plan.noSteps': 'No steps yet.',
  'meeting.plan.step': 'Step {n}',
  'meeting.plan.stepDue': 'Step {n} due by',
  'meeting.plan.stepDone': 'Step {n} (done)',
  'meeting.plan.removeStep': 'Remove step {n}',
  'meeting.plan.addStep': 'Add step',
  'meeting.plan.criteria': 'Done means…',
  'meeting.plan.criteriaHint': 'What the customer will check, so everyone agrees when it is finished.',
  'meeting.plan.target': 'Target date (internal)',
  'meeting.plan.promised': 'Promised date',
  'meeting.plan.save': 'Save plan',
  'meeting.plan.saved': 'Saved the plan for “{title}”.',
  'meeting.plan.conflictKept':
    'Someone else changed this promise meanwhile. Your plan is still here, now based on their version: check it and save again.',

  'meeting.recap.send': 'Send recap',
  'meeting.recap.postToChat': 'Post recap in the meeting chat',
  'meeting.recap.hint': plural({
    one: 'Drafts an email to # attendee listing every promise with its owner and date.',
    other: 'Drafts an email to # attendees listing every promise with its owner and date.',
  }),
  'meeting.recap.empty': 'The recap lists the promises; add one first.',

  'meeting.refresh.now': 'Check for changes',
  'meeting.refresh.checking': 'Checking for changes…',
  'meeting.refresh.updated': 'Up to date as of {time}',
  'meeting.refresh.failed': 'Could not check for changes by others. {detail}',
} satisfies Record<string, MessageTemplate>;
