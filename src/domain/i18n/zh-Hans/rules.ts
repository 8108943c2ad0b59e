import type { rules as english } from '../en/rules';
import type { Translation } from '../index';
import { countPhrase, isolate, type MessageParams, num, percent, wholePercent, withDates } from '../wording';

// 状态、风险、日期建议和指标规则的用语（简体中文）。

export const rules = {
  'rules.status.awaiting-acknowledgement': '待确认',
  'rules.status.on-track': '进展正常',
  'rules.status.update-due': '进度更新已逾期',
  'rules.status.at-risk': '有风险',
  'rules.status.overdue': '已逾期',
  'rules.status.delivered': '已交付',
  'rules.status.cancelled': '已取消',

  'rules.statusHint.awaiting-acknowledgement': '客户尚未收到答复：请确认收到此请求。',
  'rules.statusHint.awaiting-acknowledgement-breached': '未在团队标准规定的 {hours} 个工作小时内确认。',
  'rules.statusHint.on-track': '一切按计划进行。',
  'rules.statusHint.update-due': '应向客户发送的进度更新已逾期。',
  'rules.statusHint.at-risk': '承诺日期面临风险：请尽早告知客户。',
  'rules.statusHint.overdue': withDates((_, date) => `承诺的日期（${date('promisedDate')}）已过。`),
  'rules.statusHint.delivered': '已交付给客户。',
  'rules.statusHint.cancelled': '已取消。',

  'rules.delivery.early': '提前交付',
  'rules.delivery.on-time': '按时交付',
  'rules.delivery.late': '延迟交付',

  'rules.risk.target-after-promised': withDates(
    (_, date) => `目标日期（${date('targetDate')}）晚于承诺日期（${date('promisedDate')}）。`,
  ),
  'rules.risk.step-overdue': withDates(
    (p, date, locale) => `“${isolate(String(p.stepText), locale)}”应在 ${date('dueDate')}前完成，但尚未完成。`,
  ),
  'rules.risk.not-enough-time': (p: MessageParams, locale: string) => {
    const steps = countPhrase({ other: '还有 # 个步骤未完成' }, p.openSteps, locale);
    const left = countPhrase(
      { zero: '距承诺日期已没有工作日', other: '距承诺日期只剩 # 个工作日' },
      p.businessDaysLeft,
      locale,
    );
    return `${steps}，而${left}。`;
  },
  'rules.risk.flagged': '已手动标记为有风险：{note}',
  'rules.risk.flagged-no-note': '已手动标记为有风险。',
  'rules.risk.concern-open': '有一项未解除的风险：“{risk}”。在你解除它或客户接受新日期之前，它会一直保持未解除状态。',
  'rules.risk.concern-open-proposed': withDates(
    (p, date, locale) =>
      `有一项未解除的风险：“${isolate(String(p.risk), locale)}”。你建议改为 ${date('proposedDate')}；客户尚未答复，因此原承诺仍然有效。`,
  ),
  'rules.risk.off-track-update': withDates(
    (_, date) => `你上次的进度更新告诉客户，无法在 ${date('promisedDate')}前完成。`,
  ),
  'rules.risk.after-needed-by': withDates(
    (_, date) => `承诺日期为 ${date('promisedDate')}，晚于客户表示需要的日期 ${date('neededBy')}。`,
  ),
  'rules.reasons.overdue': '逾期原因',
  'rules.reasons.at-risk': '风险原因',
  'rules.reasons.update-due': '进度更新逾期原因',
  'rules.reasons.other': '需要关注',
  'rules.reason.overdue': withDates((p, date, locale) =>
    Number(p.days) === 0
      ? `承诺日期（${date('promisedDate')}）已于今天工作时间结束时到期，尚未交付。`
      : `承诺日期（${date('promisedDate')}）已过 ${countPhrase({ other: '# 个工作日' }, p.days, locale)}，尚未交付。`,
  ),
  'rules.reason.update-late': withDates((p, date, locale) =>
    Number(p.days) === 0
      ? `给客户的进度更新应在今天工作时间结束前（${date('dueDate')}）发送，但尚未发送。`
      : `给客户的进度更新应在 ${date('dueDate')}发送，已逾期 ${countPhrase({ other: '# 个工作日' }, p.days, locale)}。`,
  ),

  'rules.update.overdue': '给客户的进度更新已逾期。',

  'rules.suggestion.history': (p: MessageParams, locale: string) =>
    Number(p.bufferDays) === 0
      ? `就用目标日期：团队最近 ${num(p.sampleSize, locale)} 次交付中，${percent(p.percentile, locale)} 在目标日期当天或之前完成。`
      : countPhrase({ other: '目标日期 + # 个工作日' }, p.bufferDays, locale) +
        `：团队最近 ${num(p.sampleSize, locale)} 次交付中，${percent(p.percentile, locale)} 比目标日期晚的天数不超过这个值。`,
  'rules.suggestion.history-capped': (p: MessageParams, locale: string) =>
    countPhrase({ other: '目标日期 + # 个工作日' }, p.bufferDays, locale) +
    `，这是 Kept 建议的上限：团队最近 ${num(p.sampleSize, locale)} 次交付延误更多（${percent(p.percentile, locale)} 在 ${num(p.observedDays, locale)} 个工作日以内）。`,
  'rules.suggestion.default': (p: MessageParams, locale: string) =>
    countPhrase({ other: '目标日期 + # 个工作日' }, p.bufferDays, locale) +
    `，即团队的默认缓冲时间；积累 ${num(p.minHistory, locale)} 次交付后，Kept 会给出更准确的建议（目前 ${num(p.sampleSize, locale)} 次）。`,
  'rules.suggestion.fromToday': withDates((_, date) => `目标日期（${date('target')}）已过，因此缓冲时间从今天算起。`),
  'rules.suggestion.afterNeededBy': withDates(
    (_, date) => `这晚于客户需要的日期 ${date('neededBy')}：请与客户商定日期，或规划更快的做法。`,
  ),
  'rules.suggestion.fromTodayHistory': (p: MessageParams, locale: string) =>
    `完成工作需要 ${countPhrase({ other: '# 个工作日' }, p.workDays, locale)}，另加根据团队最近 ${num(p.sampleSize, locale)} 次交付得出的 ${countPhrase({ other: '# 个工作日' }, p.bufferDays, locale)} 缓冲时间。`,
  'rules.suggestion.fromTodayDefault': (p: MessageParams, locale: string) =>
    `完成工作需要 ${countPhrase({ other: '# 个工作日' }, p.workDays, locale)}，另加团队默认的缓冲时间 ${countPhrase({ other: '# 个工作日' }, p.bufferDays, locale)}。`,
  'rules.suggestion.defaultInUse': (p: MessageParams, locale: string) =>
    `在团队累计 ${num(p.minHistory, locale)} 次交付之前使用（目前 ${num(p.sampleSize, locale)} 次）；之后，Kept 会根据以往交付的延迟情况得出缓冲时间。`,
  'rules.suggestion.defaultReplaced': (p: MessageParams, locale: string) =>
    `已不再使用：团队已有 ${num(p.sampleSize, locale)} 次交付（${num(p.minHistory, locale)} 次即可），因此 Kept 建议根据这些交付得出的缓冲时间：${countPhrase({ other: '# 个工作日' }, p.bufferDays, locale)}。`,

  'rules.metric.total': '承诺',
  'rules.metric.promisesKept': '兑现的承诺',
  'rules.metric.promisesKept.hint':
    '本期内到期的承诺中，在承诺日期当天或之前交付的比例。日期已过仍未交付的承诺计为未兑现。',
  'rules.metric.deliveredEarly': '提前交付',
  'rules.metric.deliveredEarly.hint': '本期内到期的承诺中，早于承诺日期交付的比例。',
  'rules.metric.renegotiatedInTime': '及时重新协商',
  'rules.metric.renegotiatedInTime.hint': '客户在原日期到期前接受的新日期：单独计算，既不算兑现也不算未兑现。',
  'rules.metric.verified': '已交付并验收',
  'rules.metric.verified.hint': '本期内指定了验收人的交付中，验收人按验收标准验收通过的比例。',
  'rules.metric.updatesOnTime': '按时更新',
  'rules.metric.updatesOnTime.hint': '在到期日当天或之前发出的进度更新和风险提醒；到期未发的更新计为错过。',
  'rules.metric.concernsInTime': '及时提出风险',
  'rules.metric.concernsInTime.hint': '在延误的承诺中，客户在原定日期之前就得知风险的比例。',
  'rules.metric.medianHoursToAcknowledge': '确认用时中位数',
  'rules.metric.medianHoursToAcknowledge.hint': '从收到请求到首次答复的工作小时数。',
  'rules.metric.averageSatisfaction': '满意度',
  'rules.metric.averageSatisfaction.hint': '本期内收到的反馈中客户评分（1–5）的平均值。',
  'rules.metric.deliveredCount': '已交付',
  'rules.metric.feedbackCount': '收到的反馈',
  'rules.metric.notMeasured': '暂无可衡量的数据',
  'rules.metric.keptOf': (p: MessageParams, locale: string) =>
    `${percent(p.value, locale, 0)}（兑现 ${num(p.kept, locale)} 项，未兑现 ${num(p.broken, locale)} 项）`,
  'rules.metric.verifiedOf': (p: MessageParams, locale: string) =>
    `${percent(p.value, locale, 0)}（${num(p.count, locale)} 项）`,
  'rules.metric.count': (p: MessageParams, locale: string) => num(Number(p.count), locale),
  'rules.metric.percent': wholePercent,
  'rules.metric.hours': (p: MessageParams, locale: string) =>
    countPhrase({ other: '# 个工作小时' }, Math.round(Number(p.hours) * 10) / 10, locale),
  'rules.metric.rating': (p: MessageParams, locale: string) => `${num(Number(p.value), locale)} / 5`,
  'rules.metric.slip': (p: MessageParams, locale: string) => {
    const days = Number(p.days);
    if (days === 0) return '恰在承诺日期';
    const text = countPhrase({ other: '# 个工作日' }, Math.abs(days), locale);
    return days < 0 ? `提前 ${text}` : `延迟 ${text}`;
  },
  'rules.metric.weekOf': withDates((_, date) => `${date('weekStart')}当周`),
} satisfies Translation<typeof english>;
