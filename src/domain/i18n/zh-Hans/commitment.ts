import type { commitment as english } from '../en/commitment';
import type { Translation } from '../index';

/** 任务窗格和概览详细信息中显示的承诺（简体中文）。 */
export const commitment = {
  'commitment.owner': '负责人',
  'commitment.customer': '客户',
  'commitment.promised': '承诺日期',
  'commitment.proposed': '建议日期',
  'commitment.proposedValue': '{date}，等待客户答复',
  'commitment.neededBy': '需要日期',
  'commitment.target': '目标日期',
  'commitment.checker': '验收人',
  'commitment.messageLanguage': '邮件语言',
  'commitment.nextUpdate': '下次更新',
  'commitment.relative': '（{when}）',
  'commitment.acknowledgeBy': '确认截止',
  'commitment.delivered': '交付日期',
  'commitment.plan': '计划',
  'commitment.noSteps': '此计划没有步骤。',
  'commitment.stepDue': '{date}前',
  'commitment.criteria': '完成标准：',
  'commitment.history': '历史记录',
  'commitment.history.fromReply': '依据 {customer} {date}的回复',
  'commitment.feedback': '客户反馈：{rating} 分（满分 5 分）。',
} satisfies Translation<typeof english>;
