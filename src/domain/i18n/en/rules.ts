import {
  countPhrase,
  isolate,
  type MessageParams,
  type MessageTemplate,
  num,
  percent,
  wholePercent,
  withDates,
} from '../wording';

// Wording of the status, risk, suggestion and metric rules (src/domain/status.ts, suggestion.ts, metrics.ts).

export const rules = {
  // The one word for a commitment's status (StatusKind).
  'rules.status.awaiting-acknowledgement': 'Awaiting acknowledgement',
  'rules.status.on-track': 'On track',
  'rules.status.update-due': 'Update overdue',
  'rules.status.at-risk': 'At risk',
  'rules.status.overdue': 'Overdue',
  'rules.status.delivered': 'Delivered',
  'rules.status.cancelled': 'Cancelled',

  // One line saying why a commitment has that status.
  'rules.statusHint.awaiting-acknowledgement': 'The customer has not heard back yet: acknowledge the request.',
  'rules.statusHint.awaiting-acknowledgement-breached':
    'Not acknowledged within the team’s standard of {hours} business hours.',
  'rules.statusHint.on-track': 'Everything is on schedule.',
  'rules.statusHint.update-due': 'The customer’s update on progress is overdue.',
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
    (p, date, locale) => `“${isolate(String(p.stepText), locale)}” was due ${date('dueDate')} and is not done.`,
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
  'rules.risk.concern-open':
    'A concern is open: “{risk}”. It stays open until you close it or the customer accepts a new date.',
  'rules.risk.concern-open-proposed': withDates(
    (p, date, locale) =>
      `A concern is open: “${isolate(String(p.risk), locale)}”. You proposed ${date('proposedDate')}; the customer has not answered yet, so the old promise stands.`,
  ),
  'rules.risk.off-track-update': withDates(
    (_, date) => `Your last update told the customer it is not on track for ${date('promisedDate')}.`,
  ),
  'rules.risk.after-needed-by': withDates(
    (_, date) =>
      `Promised for ${date('promisedDate')}, after ${date('neededBy')}, the date the customer said they need it by.`,
  ),

  // The heading over a commitment's status reasons, named after its status.
  'rules.reasons.overdue': 'Why it is overdue',
  'rules.reasons.at-risk': 'Why it is at risk',
  'rules.reasons.update-due': 'Why an update is overdue',
  'rules.reasons.other': 'Needs attention',
  'rules.reason.overdue': withDates((p, date, locale) =>
    Number(p.days) === 0
      ? `The promise for ${date('promisedDate')} passed at the end of today’s business day, not delivered.`
      : `The promise for ${date('promisedDate')} passed ${countPhrase({ one: '# business day', other: '# business days' }, p.days, locale)} ago, not delivered.`,
  ),
  'rules.reason.update-late': withDates((p, date, locale) =>
    Number(p.days) === 0
      ? `The update to the customer was due by the end of today’s business day (${date('dueDate')}) and has not been sent.`
      : `The update to the customer was due ${date('dueDate')}: ${countPhrase({ one: '# business day', other: '# business days' }, p.days, locale)} late.`,
  ),

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

  'rules.suggestion.fromToday': withDates(
    (_, date) => `The target (${date('target')}) has passed, so the buffer counts from today.`,
  ),
  'rules.suggestion.afterNeededBy': withDates(
    (_, date) =>
      `That is after ${date('neededBy')}, the date the customer needs it by: agree a date with them, or plan a faster way.`,
  ),
  'rules.suggestion.fromTodayHistory': (p: MessageParams, locale: string) =>
    `${countPhrase({ one: '# business day', other: '# business days' }, p.workDays, locale)} to do it, plus ${countPhrase({ one: '# business day', other: '# business days' }, p.bufferDays, locale)} of buffer learned from the team’s last ${num(p.sampleSize, locale)} deliveries.`,
  'rules.suggestion.fromTodayDefault': (p: MessageParams, locale: string) =>
    `${countPhrase({ one: '# business day', other: '# business days' }, p.workDays, locale)} to do it, plus the team’s default buffer of ${countPhrase({ one: '# business day', other: '# business days' }, p.bufferDays, locale)}.`,
  'rules.suggestion.defaultInUse': (p: MessageParams, locale: string) =>
    `Used until the team has ${num(p.minHistory, locale)} deliveries (${num(p.sampleSize, locale)} so far); from then on Kept learns the buffer from how late past deliveries were.`,
  'rules.suggestion.defaultReplaced': (p: MessageParams, locale: string) =>
    `No longer used: the team has ${num(p.sampleSize, locale)} deliveries (${num(p.minHistory, locale)} are enough), so Kept suggests the buffer it learned from them, ${countPhrase({ one: '# business day', other: '# business days' }, p.bufferDays, locale)}.`,

  // Metric labels and their definitions (shown as a tooltip or footnote).
  'rules.metric.total': 'Commitments',
  'rules.metric.promisesKept': 'Promises kept',
  'rules.metric.promisesKept.hint':
    'Of the promises that came due in the period, the share delivered by the promised date. A promise whose date passed undelivered counts as broken.',
  'rules.metric.deliveredEarly': 'Delivered early',
  'rules.metric.deliveredEarly.hint':
    'Of the promises that came due in the period, the share delivered before the promised date.',
  'rules.metric.renegotiatedInTime': 'Renegotiated in time',
  'rules.metric.renegotiatedInTime.hint':
    'New dates the customer accepted before the old one passed: counted apart, neither kept nor broken.',
  'rules.metric.verified': 'Delivered and verified',
  'rules.metric.verified.hint':
    'Of the deliveries in the period that name a checker, the share the checker signed off against the acceptance criteria.',
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
  'rules.metric.keptOf': (p: MessageParams, locale: string) =>
    `${percent(p.value, locale, 0)} (${num(p.kept, locale)} kept, ${num(p.broken, locale)} broken)`,
  'rules.metric.verifiedOf': (p: MessageParams, locale: string) =>
    `${percent(p.value, locale, 0)} (${num(p.count, locale)})`,
  'rules.metric.count': (p: MessageParams, locale: string) => num(Number(p.count), locale),
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
