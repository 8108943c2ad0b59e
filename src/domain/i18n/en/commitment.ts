import type { MessageTemplate } from '../wording';

/** One commitment as both the task pane and the overview's details show it (src/surfaces/shared). */
export const commitment = {
  'commitment.owner': 'Owner',
  'commitment.customer': 'Customer',
  'commitment.promised': 'Promised',
  'commitment.proposed': 'Proposed',
  'commitment.proposedValue': '{date}, waiting for the customer’s answer',
  'commitment.neededBy': 'Needed by',
  'commitment.target': 'Target',
  'commitment.checker': 'Checker',
  'commitment.messageLanguage': 'Messages in',
  'commitment.nextUpdate': 'Next update',
  // How far off a date is, after it (“in 8 days”, “5 days ago”), set off from it.
  'commitment.relative': ' ({when})',
  'commitment.acknowledgeBy': 'Acknowledge by',
  'commitment.delivered': 'Delivered',
  'commitment.plan': 'Plan',
  'commitment.noSteps': 'This plan has no steps.',
  'commitment.stepDue': 'by {date}',
  'commitment.criteria': 'Done means:',
  'commitment.history': 'History',
  'commitment.history.fromReply': 'From {customer}’s reply of {date}',
  'commitment.feedback': 'Customer feedback: {rating} of 5.',
} satisfies Record<string, MessageTemplate>;
