import { countPhrase, type MessageParams, type MessageTemplate, num, wholePercent, withDates } from '../wording';

// Wording of the status, risk, suggestion and metric rules (src/domain/status.ts, suggestion.ts, metrics.ts).

export const rules = {
  // The one word for a commitment's status (StatusKind).
  'rules.status.awaiting-acknowledgement': 'Awaiting acknowledgement',
  'rules.status.on-track': 'On track',
  'rules.status.update-due': 'Update due',
  'rules.status.at-risk': 'At risk',
  'rules.status.overdue': 'Overdue',
  'rules.status.delivered': 'Delivered',
  'rules.status.cancelled': 'Cancelled',

  // One line saying why a commitment has that status.
  'rules.statusHint.awaiting-acknowledgement': 'The customer has not heard back yet: acknowledge the request.',
  'rules.statusHint.awaiting-acknowledgement-breached':
    'Not acknowledged within the team’s standard of {hours} business hours.',
  'rules.statusHint.on-track': 'Everything is on schedule.',
  'rules.statusHint.update-due': 'The customer is due an update on progress.',
  'rules.statusHint.at-risk': 'The promised date is in danger: tell the customer early.',
  'rules.statusHint.overdue': withDates((_, date) => `The promise for ${date('promisedDate')} has passed.`),
  'rules.statusHint.delivered': 'Delivered to the customer.',
  'rules.statusHint.cancelled': 'Cancelled.',

  // Delivery outcome against the promised date.
  'rules.delivery.early': 'Delivered early',
  'rules.delivery.on-time': 'Delivered on time',
  'rules.delivery.late': 'Delivered late',

  // Risk reasons (RiskReason.kind).
  'rules.risk.target-after-promised': withDates(
    (_, date) => `The target date (${date('targetDate')}) is after the date promised (${date('promisedDate')}).`,
  ),
  'rules.risk.step-overdue': withDates(
    (p, date) => `“${String(p.stepText)}” was due ${date('dueDate')} and is not done.`,
  ),
  'rules.risk.not-enough-time': (p: MessageParams, locale: string) => {
    const steps = countPhrase({ one: '# open step', other: '# open steps' }, p.openSteps, locale);
    const left = countPhrase(
      { zero: 'no business day is left', one: 'only # business day is left', other: 'only # business days are left' },
      p.businessDaysLeft,
      locale,
    );
    return `${steps} still to do and ${left} before the promised date.`;
  },
  'rules.risk.flagged': 'Flagged at risk: {note}',
  'rules.risk.flagged-no-note': 'Flagged at risk by hand.',

  'rules.update.overdue': 'An update to the customer is overdue.',

  // Promise-date suggestion (one friendly line under the promised date field).
  'rules.suggestion.history': (p: MessageParams, locale: string) =>
    Number(p.bufferDays) === 0
      ? `The target itself: ${num(p.percentile, locale)}% of the team’s last ${num(p.sampleSize, locale)} deliveries came on or before their target.`
      : countPhrase({ one: 'Target + # business day', other: 'Target + # business days' }, p.bufferDays, locale) +
        `: ${num(p.percentile, locale)}% of the team’s last ${num(p.sampleSize, locale)} deliveries were at most that late against their target.`,
  'rules.suggestion.history-capped': (p: MessageParams, locale: string) =>
    countPhrase({ one: 'Target + # business day', other: 'Target + # business days' }, p.bufferDays, locale) +
    `, the most Kept suggests: the team’s last ${num(p.sampleSize, locale)} deliveries slipped more (${num(p.percentile, locale)}% within ${num(p.observedDays, locale)} business days).`,
  'rules.suggestion.default': (p: MessageParams, locale: string) =>
    countPhrase({ one: 'Target + # business day', other: 'Target + # business days' }, p.bufferDays, locale) +
    `, the team’s default buffer, until ${num(p.minHistory, locale)} deliveries teach Kept better (${num(p.sampleSize, locale)} so far).`,

  // Metric labels and their definitions (shown as a tooltip or footnote).
  'rules.metric.total': 'Commitments',
  'rules.metric.promisesKept': 'Promises kept',
  'rules.metric.promisesKept.hint': 'Delivered in the period on or before the date promised to the customer.',
  'rules.metric.deliveredEarly': 'Delivered early',
  'rules.metric.deliveredEarly.hint': 'Delivered in the period before the promised date.',
  'rules.metric.updatesOnTime': 'Updates on time',
  'rules.metric.updatesOnTime.hint':
    'Updates and concerns sent by the day they were due, counting a due update never sent as missed.',
  'rules.metric.concernsInTime': 'Concerns raised in time',
  'rules.metric.concernsInTime.hint':
    'Of the promises that slipped, the share where the customer heard about the risk before the original date passed.',
  'rules.metric.medianHoursToAcknowledge': 'Median time to acknowledge',
  'rules.metric.medianHoursToAcknowledge.hint': 'Business hours from the request to the first reply.',
  'rules.metric.averageSatisfaction': 'Satisfaction',
  'rules.metric.averageSatisfaction.hint': 'Average customer rating (1–5) of feedback received in the period.',
  'rules.metric.deliveredCount': 'Delivered',
  'rules.metric.feedbackCount': 'Feedback received',
  'rules.metric.notMeasured': 'Nothing to measure yet',
  'rules.metric.percent': wholePercent,
  'rules.metric.hours': (p: MessageParams, locale: string) =>
    countPhrase({ one: '# business hour', other: '# business hours' }, Math.round(Number(p.hours) * 10) / 10, locale),
  'rules.metric.rating': (p: MessageParams, locale: string) => `${num(Number(p.value), locale)} / 5`,
  'rules.metric.slip': (p: MessageParams, locale: string) => {
    const days = Number(p.days);
    if (days === 0) return 'On the promised date';
    const text = countPhrase({ one: '# business day', other: '# business days' }, Math.abs(days), locale);
    return days < 0 ? `${text} early` : `${text} late`;
  },
  'rules.metric.weekOf': withDates((_, date) => `Week of ${date('weekStart')}`),
} satisfies Record<string, MessageTemplate>;
