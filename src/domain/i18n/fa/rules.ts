import type { rules as english } from '../en/rules';
import type { Translation } from '../index';
import { countPhrase, isolate, type MessageParams, num, percent, wholePercent, withDates } from '../wording';

// واژه‌های قواعد وضعیت، ریسک، پیشنهاد تاریخ و سنجه‌ها (فارسی).

export const rules = {
  'rules.status.awaiting-acknowledgement': 'در انتظار اعلام وصول',
  'rules.status.on-track': 'طبق برنامه',
  'rules.status.update-due': 'گزارش پیشرفت عقب‌افتاده',
  'rules.status.at-risk': 'در معرض خطر',
  'rules.status.overdue': 'عقب‌افتاده',
  'rules.status.delivered': 'تحویل‌شده',
  'rules.status.cancelled': 'لغوشده',

  'rules.statusHint.awaiting-acknowledgement': 'مشتری هنوز پاسخی نگرفته است: وصول درخواست را اعلام کنید.',
  'rules.statusHint.awaiting-acknowledgement-breached':
    'وصول درخواست در مهلت استاندارد تیم ({hours} ساعت کاری) اعلام نشد.',
  'rules.statusHint.on-track': 'همه‌چیز طبق برنامه است.',
  'rules.statusHint.update-due': 'گزارش پیشرفت مشتری عقب افتاده است.',
  'rules.statusHint.at-risk': 'تاریخ وعده در خطر است: زودتر به مشتری خبر دهید.',
  'rules.statusHint.overdue': withDates((_, date) => `مهلت وعدهٔ ${date('promisedDate')} گذشته است.`),
  'rules.statusHint.delivered': 'به مشتری تحویل داده شد.',
  'rules.statusHint.cancelled': 'لغو شد.',

  'rules.delivery.early': 'زودتر از موعد تحویل شد',
  'rules.delivery.on-time': 'به‌موقع تحویل شد',
  'rules.delivery.late': 'با تأخیر تحویل شد',

  'rules.risk.target-after-promised': withDates(
    (_, date) => `تاریخ هدف (${date('targetDate')}) بعد از تاریخ وعده (${date('promisedDate')}) است.`,
  ),
  'rules.risk.step-overdue': withDates(
    (p, date, locale) => `موعد «${isolate(String(p.stepText), locale)}» ${date('dueDate')} بود و هنوز انجام نشده است.`,
  ),
  'rules.risk.not-enough-time': (p: MessageParams, locale: string) => {
    const steps = countPhrase({ other: '# مرحله هنوز مانده' }, p.openSteps, locale);
    const left = countPhrase(
      { zero: 'تا تاریخ وعده هیچ روز کاری نمانده است', other: 'تا تاریخ وعده فقط # روز کاری مانده است' },
      p.businessDaysLeft,
      locale,
    );
    return `${steps} و ${left}.`;
  },
  'rules.risk.flagged': 'دستی در معرض خطر علامت خورده: {note}',
  'rules.risk.flagged-no-note': 'دستی در معرض خطر علامت خورده است.',
  'rules.risk.concern-open':
    'یک نگرانی باز است: «{risk}». تا وقتی آن را ببندید یا مشتری تاریخ جدیدی را بپذیرد، باز می‌ماند.',
  'rules.risk.concern-open-proposed': withDates(
    (p, date, locale) =>
      `یک نگرانی باز است: «${isolate(String(p.risk), locale)}». شما تاریخ ${date('proposedDate')} را پیشنهاد داده‌اید؛ مشتری هنوز پاسخ نداده است، پس وعدهٔ قبلی به قوت خود باقی است.`,
  ),
  'rules.risk.off-track-update': withDates(
    (_, date) => `در آخرین گزارش پیشرفت به مشتری گفتید که برای ${date('promisedDate')} طبق برنامه نیستید.`,
  ),
  'rules.risk.after-needed-by': withDates(
    (_, date) =>
      `وعده برای ${date('promisedDate')} داده شده، یعنی بعد از ${date('neededBy')} که مشتری گفته تا آن تاریخ به کار نیاز دارد.`,
  ),
  'rules.reasons.overdue': 'چرا عقب افتاده است',
  'rules.reasons.at-risk': 'چرا در معرض خطر است',
  'rules.reasons.update-due': 'چرا گزارش پیشرفت عقب افتاده است',
  'rules.reasons.other': 'نیاز به توجه دارد',
  'rules.reason.overdue': withDates((p, date, locale) =>
    Number(p.days) === 0
      ? `مهلت وعدهٔ ${date('promisedDate')} با پایان ساعت کاری امروز گذشت و کار تحویل نشده است.`
      : `مهلت وعدهٔ ${date('promisedDate')} ${countPhrase({ other: '# روز کاری' }, p.days, locale)} پیش گذشت و کار تحویل نشده است.`,
  ),
  'rules.reason.update-late': withDates((p, date, locale) =>
    Number(p.days) === 0
      ? `موعد گزارش پیشرفت به مشتری تا پایان ساعت کاری امروز (${date('dueDate')}) بود و هنوز فرستاده نشده است.`
      : `موعد گزارش پیشرفت به مشتری ${date('dueDate')} بود: ${countPhrase({ other: '# روز کاری' }, p.days, locale)} تأخیر.`,
  ),

  'rules.update.overdue': 'گزارش پیشرفت به مشتری عقب افتاده است.',

  'rules.suggestion.history': (p: MessageParams, locale: string) =>
    Number(p.bufferDays) === 0
      ? `خودِ تاریخ هدف: ${percent(p.percentile, locale)} از ${num(p.sampleSize, locale)} تحویل اخیر تیم در تاریخ هدف یا پیش از آن انجام شد.`
      : countPhrase({ other: 'هدف + # روز کاری' }, p.bufferDays, locale) +
        `: ${percent(p.percentile, locale)} از ${num(p.sampleSize, locale)} تحویل اخیر تیم حداکثر همین‌قدر از هدفشان دیرتر بودند.`,
  'rules.suggestion.history-capped': (p: MessageParams, locale: string) =>
    countPhrase({ other: 'هدف + # روز کاری' }, p.bufferDays, locale) +
    `، بیشترین مقداری که Kept پیشنهاد می‌کند: ${num(p.sampleSize, locale)} تحویل اخیر تیم بیش از این عقب افتادند (${percent(p.percentile, locale)} در ${num(p.observedDays, locale)} روز کاری).`,
  'rules.suggestion.default': (p: MessageParams, locale: string) =>
    countPhrase({ other: 'هدف + # روز کاری' }, p.bufferDays, locale) +
    `، حاشیهٔ پیش‌فرض تیم، تا وقتی ${num(p.minHistory, locale)} تحویل به Kept تخمین بهتری بدهد (تا کنون ${num(p.sampleSize, locale)}).`,
  'rules.suggestion.fromToday': withDates(
    (_, date) => `تاریخ هدف (${date('target')}) گذشته است، پس حاشیه از امروز حساب می‌شود.`,
  ),
  'rules.suggestion.afterNeededBy': withDates(
    (_, date) =>
      `این تاریخ بعد از ${date('neededBy')} است، یعنی تاریخی که مشتری تا آن زمان به کار نیاز دارد: با او دربارهٔ تاریخ توافق کنید یا راه سریع‌تری برنامه‌ریزی کنید.`,
  ),
  'rules.suggestion.fromTodayHistory': (p: MessageParams, locale: string) =>
    `${countPhrase({ other: '# روز کاری' }, p.workDays, locale)} برای انجام کار، به‌علاوهٔ ${countPhrase({ other: '# روز کاری' }, p.bufferDays, locale)} حاشیه که Kept از ${num(p.sampleSize, locale)} تحویل اخیر تیم یاد گرفته است.`,
  'rules.suggestion.fromTodayDefault': (p: MessageParams, locale: string) =>
    `${countPhrase({ other: '# روز کاری' }, p.workDays, locale)} برای انجام کار، به‌علاوهٔ حاشیهٔ پیش‌فرض تیم: ${countPhrase({ other: '# روز کاری' }, p.bufferDays, locale)}.`,
  'rules.suggestion.defaultInUse': (p: MessageParams, locale: string) =>
    `تا وقتی تیم ${num(p.minHistory, locale)} تحویل داشته باشد به کار می‌رود (تا کنون ${num(p.sampleSize, locale)})؛ از آن پس Kept حاشیه را از میزان تأخیر تحویل‌های گذشته یاد می‌گیرد.`,
  'rules.suggestion.defaultReplaced': (p: MessageParams, locale: string) =>
    `دیگر به کار نمی‌رود: تیم ${num(p.sampleSize, locale)} تحویل دارد (${num(p.minHistory, locale)} کافی است)، پس Kept حاشیه‌ای را پیشنهاد می‌کند که از آن‌ها یاد گرفته است: ${countPhrase({ other: '# روز کاری' }, p.bufferDays, locale)}.`,

  'rules.metric.total': 'تعهدها',
  'rules.metric.promisesKept': 'وعده‌های عمل‌شده',
  'rules.metric.promisesKept.hint':
    'از وعده‌هایی که موعدشان در این دوره رسید، سهمی که تا تاریخ وعده تحویل شد. وعده‌ای که تاریخش گذشت و تحویل نشد، عمل‌نشده حساب می‌شود.',
  'rules.metric.deliveredEarly': 'تحویل زودتر از موعد',
  'rules.metric.deliveredEarly.hint': 'از وعده‌هایی که موعدشان در این دوره رسید، سهمی که پیش از تاریخ وعده تحویل شد.',
  'rules.metric.renegotiatedInTime': 'توافق دوبارهٔ به‌موقع',
  'rules.metric.renegotiatedInTime.hint':
    'تاریخ‌های جدیدی که مشتری پیش از گذشتن تاریخ قبلی پذیرفت: جداگانه شمرده می‌شوند، نه عمل‌شده و نه عمل‌نشده.',
  'rules.metric.verified': 'تحویل‌شده و تأییدشده',
  'rules.metric.verified.hint':
    'از تحویل‌های این دوره که بررسی‌کننده دارند، سهمی که بررسی‌کننده آن را با معیارهای پذیرش تأیید کرد.',
  'rules.metric.updatesOnTime': 'گزارش‌های به‌موقع',
  'rules.metric.updatesOnTime.hint':
    'گزارش‌های پیشرفت و اعلام نگرانی‌هایی که تا روز موعدشان فرستاده شدند؛ گزارشی که موعدش رسیده و فرستاده نشده، ازدست‌رفته حساب می‌شود.',
  'rules.metric.concernsInTime': 'نگرانی‌های به‌موقع اعلام‌شده',
  'rules.metric.concernsInTime.hint':
    'از وعده‌هایی که عقب افتادند، سهم آن‌هایی که مشتری پیش از گذشتن تاریخ اصلی از خطر باخبر شد.',
  'rules.metric.medianHoursToAcknowledge': 'میانهٔ زمان اعلام وصول',
  'rules.metric.medianHoursToAcknowledge.hint': 'ساعت‌های کاری از درخواست تا نخستین پاسخ.',
  'rules.metric.averageSatisfaction': 'رضایت',
  'rules.metric.averageSatisfaction.hint': 'میانگین امتیاز مشتریان (۱ تا ۵) در بازخوردهای دریافتی این دوره.',
  'rules.metric.deliveredCount': 'تحویل‌شده',
  'rules.metric.feedbackCount': 'بازخوردهای دریافتی',
  'rules.metric.notMeasured': 'هنوز چیزی برای سنجش نیست',
  'rules.metric.keptOf': (p: MessageParams, locale: string) =>
    `${percent(p.value, locale, 0)} (${num(p.kept, locale)} عمل‌شده، ${num(p.broken, locale)} عمل‌نشده)`,
  'rules.metric.verifiedOf': (p: MessageParams, locale: string) =>
    `${percent(p.value, locale, 0)} (${num(p.count, locale)})`,
  'rules.metric.count': (p: MessageParams, locale: string) => num(Number(p.count), locale),
  'rules.metric.percent': wholePercent,
  'rules.metric.hours': (p: MessageParams, locale: string) =>
    countPhrase({ other: '# ساعت کاری' }, Math.round(Number(p.hours) * 10) / 10, locale),
  'rules.metric.rating': (p: MessageParams, locale: string) => `${num(Number(p.value), locale)} از ۵`,
  'rules.metric.slip': (p: MessageParams, locale: string) => {
    const days = Number(p.days);
    if (days === 0) return 'در همان تاریخ وعده';
    const text = countPhrase({ other: '# روز کاری' }, Math.abs(days), locale);
    return days < 0 ? `${text} زودتر` : `${text} دیرتر`;
  },
  'rules.metric.weekOf': withDates((_, date) => `هفتهٔ ${date('weekStart')}`),
} satisfies Translation<typeof english>;
