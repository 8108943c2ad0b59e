import { isoDay, plural, type MessageParams, type MessageTemplate } from '../wording';

/**
 * Domain wording: validation messages, why an action is blocked, history entries, and the
 * customer-facing drafts. Drafts are plain text here; templates.ts escapes them for HTML, so a
 * message never contains markup.
 */
export const domain = {
  // Validation: one message per rule, said so the user knows what to do next.
  'domain.validation.titleRequired': 'Give the commitment a title, for example what was asked for.',
  'domain.validation.tooLong':
    'This is too long: {length} characters, at most {max}. Shorten it or link to a document.',
  'domain.validation.emailRequired': 'Enter an email address.',
  'domain.validation.emailInvalid': '“{value}” is not an email address. Use the form name@contoso.com.',
  'domain.validation.checkerIsOwner': 'The checker verifies the owner’s work, so choose someone other than the owner.',
  'domain.validation.checkerIsCustomer':
    'The checker is a third person who verifies the result, so choose someone other than the customer.',
  'domain.validation.dateRequired': 'Choose a date.',
  'domain.validation.dateInvalid': '“{value}” is not a date. Choose one from the calendar.',
  'domain.validation.instantInvalid': '“{value}” is not a valid date and time.',
  'domain.validation.targetInPast': 'The target date is in the past. Choose today or a later date.',
  'domain.validation.promisedInPast': 'The promised date is in the past. Choose today or a later date.',
  'domain.validation.promisedBeforeTarget':
    'The promised date is before your target date. Promise a date on or after the target, so you keep a buffer.',
  'domain.validation.stepAfterPromised':
    'This step is due after the promised date. Move the step earlier or the promised date later.',
  'domain.validation.stepTextRequired': 'Describe this step, or remove it.',
  'domain.validation.tooManySteps':
    'A plan can have at most {max} steps; this one has {count}. Group small steps together.',
  'domain.validation.cadenceRange': 'Choose an update rhythm of {min} to {max} business days.',
  'domain.validation.tooManyOptions': 'Offer the customer at most {max} options; this has {count}.',
  'domain.validation.riskRequired': 'Say what is at risk.',
  'domain.validation.recoveryRequired': 'Describe the recovery action: what you will do to get back on track.',
  'domain.validation.proposedInPast': 'The new date is in the past. Choose today or a later date.',
  'domain.validation.proposedBeforeTarget': 'The new date is before the target date. Choose the target date or later.',
  'domain.validation.stepAfterProposed':
    'A step of the plan is due after the new date. Move that step earlier or choose a later date.',
  'domain.validation.renegotiationRecoveryRequired':
    'The promised date moves later. Say what you will do to recover, so the customer sees a plan rather than an excuse.',
  'domain.validation.reasonRequired': 'Give the reason for cancelling.',
  'domain.validation.reopenReasonRequired': 'Say why it is reopened: what is not finished after all.',
  'domain.validation.keptDateRecoveryRequired':
    'The customer keeps the old date: describe the recovery plan that will still meet it.',
  'domain.validation.laterPromiseNeedsConcern':
    'The customer was told the current date. To move it later, raise a concern proposing the new date; it becomes the promise when the customer accepts.',
  'domain.validation.promiseAfterNeededBy': (p: MessageParams, locale: string) =>
    `This promise (${isoDay(p.promisedDate, locale)}) is after ${isoDay(p.neededBy, locale)}, the date the customer needs it by. Tell them now, or promise an earlier date.`,
  'domain.validation.sameOwner': 'This person already owns the commitment. Choose someone else.',
  'domain.validation.neededByInvalid':
    '“{value}” is not a date. Choose the date the customer needs it by, or leave it empty.',
  'domain.validation.ratingRange': 'Choose a rating from 1 to 5.',

  // Why an action is not offered now.
  'domain.blocked.cancelled': 'This commitment was cancelled.',
  'domain.blocked.delivered': 'This commitment is already delivered.',
  'domain.blocked.feedbackBeforeDelivery': 'Feedback can be recorded once the commitment is delivered.',
  'domain.blocked.noSteps': 'The plan has no steps to tick yet.',
  'domain.blocked.notClosed': 'Only a delivered or cancelled commitment can be reopened.',
  'domain.blocked.noChecker': 'No checker is named for this commitment.',
  'domain.blocked.signOffBeforeDelivery': 'The checker signs off once the commitment is delivered.',
  'domain.blocked.noProposal': 'No new date is waiting for the customer’s answer.',
  'domain.blocked.noOpenConcern': 'No concern is open.',

  // History timeline: {by} is a person's name, dates are already formatted for the locale.
  'domain.history.created': '{by} recorded the request',
  'domain.blocked.noReply': 'No reply from the customer is waiting.',
  'domain.history.acknowledged': '{by} acknowledged the request',
  'domain.history.plan-shared': '{by} shared the plan with the customer',
  'domain.history.step-done': '{by} completed “{step}”',
  'domain.history.step-reopened': '{by} reopened “{step}”',
  'domain.history.update-sent': '{by} sent an update: on track',
  'domain.history.update-sent-off-track': '{by} sent an update: not on track',
  'domain.history.replied': '{by} replied to the customer in the thread (counts as an update)',
  'domain.history.customer-acknowledged': '{by} recorded that {customer} acknowledged the last message',
  'domain.history.concern-raised': '{by} raised a concern: {risk}',
  'domain.history.concern-raised-proposed': '{by} raised a concern and proposed {date}: {risk}',
  'domain.history.proposal-accepted': '{by} recorded that {customer} accepted {date} as the new date',
  'domain.history.proposal-kept-old-date':
    '{by} recorded that {customer} keeps the old date instead of {date}; the recovery plan follows',
  'domain.history.concern-closed': '{by} closed the concern: {note}',
  'domain.history.concern-closed-no-note': '{by} closed the concern',
  'domain.history.sign-off-requested': '{by} asked {checker} to check the result against the acceptance criteria',
  'domain.history.signed-off': '{checker} confirmed the result meets the acceptance criteria (recorded by {by})',
  'domain.history.reopened-delivered': '{by} reopened the delivered commitment: {reason}',
  'domain.history.reopened-cancelled': '{by} reopened the cancelled commitment: {reason}',
  'domain.history.reassigned': '{by} handed the commitment from {from} to {to}',
  'domain.history.sent.sent-items': 'Seen in Sent Items',
  'domain.history.sent.user': 'Sent, as {by} confirmed',
  'domain.history.renegotiated': '{by} moved the promised date from {from} to {to}. Recovery: {recovery}',
  'domain.history.renegotiated-no-recovery': '{by} moved the promised date from {from} to {to}',
  'domain.history.flagged-at-risk': '{by} flagged this at risk: {note}',
  'domain.history.risk-cleared': '{by} cleared the risk flag',
  'domain.history.delivered': '{by} delivered',
  'domain.history.feedback': '{by} recorded feedback: {rating} of 5',
  'domain.history.cancelled': '{by} cancelled: {reason}',
  'domain.history.cancelled-agreed': '{by} cancelled with the customer’s agreement: {reason}',
  'domain.history.unknownStep': 'a step',
  'domain.history.plan-edited': '{by} edited the plan: {changes}',
  'domain.history.change.title': 'title',
  'domain.history.change.customer': 'customer',
  'domain.history.change.owner': 'owner',
  'domain.history.change.checker': 'checker',
  'domain.history.change.steps': 'steps',
  'domain.history.change.criteria': 'acceptance criteria',
  'domain.history.change.target': 'target date',
  'domain.history.change.promised': 'promised date',
  'domain.history.change.neededBy': 'needed-by date',
  'domain.history.change.cadence': 'update rhythm',
  'domain.history.change.language': 'message language',

  // What a message action's message is called ("Sent?" and "waiting for Sent Items").
  'domain.message.share': 'the plan',
  'domain.message.update': 'the update',
  'domain.message.concern': 'the concern',
  'domain.message.deliver': 'the delivery note',
  'domain.message.sign-off-request': 'the request to sign off',

  // Drafts for the customer: friendly, informed, with choices.
  'domain.draft.replyPrefix': 'Re: {subject}',
  'domain.draft.greeting': 'Hi {name},',
  'domain.draft.signoff': 'Best regards,',
  'domain.draft.stepDue': 'by {date}',
  'domain.draft.stepOwner': '{name}',
  'domain.draft.plan.subject': 'Plan: {title}',
  'domain.draft.plan.intro': 'Thank you for your request. Here is how I will deliver “{title}”.',
  'domain.draft.plan.stepsHeading': 'The plan',
  'domain.draft.plan.noSteps': 'I will share the detailed steps as soon as they are clear.',
  'domain.draft.plan.criteriaHeading': 'Done means',
  'domain.draft.plan.checker': '{name} will check the result against these criteria.',
  'domain.draft.plan.promised': 'You will have it by {date}.',
  'domain.draft.plan.rhythm': plural({
    one: 'I’ll update you every business day, and straight away if anything puts the date at risk.',
    other: 'I’ll update you every # business days, and straight away if anything puts the date at risk.',
  }),
  'domain.draft.plan.closing': 'If anything here does not match what you need, just reply and tell me.',
  'domain.draft.update.subject': 'Update: {title}',
  'domain.draft.update.intro': 'Here is an update on “{title}”.',
  'domain.draft.update.doneHeading': 'Done so far',
  'domain.draft.update.nextHeading': 'Next',
  'domain.draft.update.noneDone': 'Nothing finished yet; work is under way.',
  'domain.draft.update.noneNext': 'All steps are done; I am wrapping up.',
  'domain.draft.update.onTrack': 'We are on track to deliver by {date}.',
  'domain.draft.update.offTrack':
    'We are not on track for {date} any more. I will come back to you with options shortly.',
  'domain.draft.update.noteHeading': 'Notes',
  'domain.draft.update.nextUpdate': plural({
    one: 'You’ll hear from me again within a business day.',
    other: 'You’ll hear from me again within # business days.',
  }),
  'domain.draft.concern.subject': 'A risk to: {title}',
  'domain.draft.concern.intro':
    'I want to tell you early: “{title}”, promised for {date}, is at risk. Here is what I am doing about it.',
  'domain.draft.concern.riskHeading': 'What is at risk',
  'domain.draft.concern.recoveryHeading': 'What I am doing about it',
  'domain.draft.concern.optionsHeading': 'Your options',
  'domain.draft.concern.proposedDate': 'I propose a new date: {date} (instead of {previous}).',
  'domain.draft.concern.proposedChoice':
    'Please reply whether {date} works for you, or whether you need to keep {previous}; then I will plan accordingly.',
  'domain.draft.concern.choose': 'Tell me which option works best for you, or if you see another one.',
  'domain.draft.concern.reply': 'Let me know if this works for you, or what you would prefer.',
  'domain.draft.delivery.subject': 'Delivered: {title}',
  'domain.draft.delivery.intro': '“{title}” is delivered.',
  'domain.draft.delivery.early': 'That is ahead of the promised date, {date}.',
  'domain.draft.delivery.onTime': 'As promised, by {date}.',
  'domain.draft.delivery.criteriaHeading': 'As agreed, done means',
  'domain.draft.delivery.noteHeading': 'Notes',
  'domain.draft.delivery.question':
    'How did we do? Reply with a rating from 1 (poor) to 5 (excellent), and anything we could do better next time.',
  'domain.draft.signOff.subject': 'Please check: {title}',
  'domain.draft.signOff.intro':
    '“{title}” is delivered to {customer}. As the checker, could you confirm it meets what we agreed?',
  'domain.draft.signOff.criteriaHeading': 'Done means',
  'domain.draft.signOff.ask': 'Reply to confirm it meets these criteria, or tell me what is missing.',
  'domain.draft.recap.subject': 'Recap: {subject}',
  'domain.draft.recap.greeting': 'Hi all,',
  'domain.draft.recap.intro':
    'Thank you for the meeting. Here is everything we promised, with who owns it and by when.',
  'domain.draft.recap.empty': 'No promises were recorded in this meeting.',
  'domain.draft.recap.promise': 'Promise',
  'domain.draft.recap.owner': 'Owner',
  'domain.draft.recap.customer': 'For',
  'domain.draft.recap.date': 'By',
  'domain.draft.recap.status': 'Status',
  'domain.draft.recap.done': 'Done',
  'domain.draft.recap.open': 'Open',
  'domain.draft.recap.line': '{title} — {owner} for {customer}, by {date} ({status})',

  // Small formatting words.
  'domain.format.businessDays': plural({ one: '# business day', other: '# business days' }),
  'domain.format.notAvailable': '—',
} satisfies Record<string, MessageTemplate>;
