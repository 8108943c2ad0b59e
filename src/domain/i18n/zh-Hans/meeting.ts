import type { meeting as english } from '../en/meeting';
import type { Translation } from '../index';
import { plural } from '../wording';

/** 会议清单：Teams 会议侧边栏和详细信息选项卡、Outlook 约会窗格（简体中文）。 */
export const meeting = {
  'meeting.heading': '本次会议中的承诺',
  'meeting.when': '{subject} · {when}',
  'meeting.noKey': '请先保存会议。Kept 通过会议 ID 查找会议中的承诺，新会议在保存后才会获得 ID。',
  'meeting.findingKeys': '正在你的日历中查找此会议…',
  'meeting.noKeySignIn': 'Kept 需要登录 Microsoft 365 才能识别此会议。',

  'meeting.add.heading': '添加承诺',
  'meeting.add.title': '承诺的内容',
  'meeting.add.titlePlaceholder': '例如：发送第三季度数据',
  'meeting.add.customer': '对谁承诺',
  'meeting.add.customerPlaceholder': '选择与会者或输入电子邮件',
  'meeting.add.customerList': '显示与会者',
  'meeting.add.customerInvalid': '请选择与会者，或输入 name@contoso.com 这样的电子邮件地址。',
  'meeting.add.pickersFailed':
    '无法加载与会者列表。请在“对谁承诺”中输入与会者的姓名或电子邮件地址；这项承诺将记在你的名下。重新加载页面即可从列表中选择。',
  'meeting.add.owner': '谁做出的承诺',
  'meeting.add.me': '{name}（我）',
  'meeting.add.date': '承诺完成日期',
  'meeting.add.suggested': '建议日期：{date}。{explanation}',
  'meeting.add.submit': '添加承诺',
  'meeting.add.keyboard': '按 Enter 添加承诺。',
  'meeting.add.added': '已添加“{title}”，对象 {customer}，{date}前完成。',

  'meeting.list.count': plural({ zero: '还没有承诺', other: '# 项承诺' }),
  'meeting.list.empty': '还没有任何承诺。在上方添加第一项承诺：填写标题和姓名即可。',
  'meeting.list.tickHint': '承诺交付后请勾选。已交付的承诺将保持已交付状态。',
  'meeting.row.summary': '{owner} 对 {customer} 的承诺，{date}前完成',
  'meeting.row.deliveredOn': '已于 {date} 交付',
  'meeting.row.steps': plural({ other: '已完成 {done}/# 个步骤' }),
  'meeting.row.openInOverview': '在概览中打开',

  'meeting.deliver.group': '将“{title}”标记为已交付',
  'meeting.deliver.note': '交付说明（可选）',
  'meeting.deliver.defaultNote': '已完成，正如在“{subject}”中承诺的那样。',
  'meeting.deliver.final': '此操作会记录交付，之后无法取消勾选。',
  'meeting.deliver.confirm': '标记为已交付',
  'meeting.deliver.done': '已将“{title}”标记为已交付。',

  'meeting.plan.add': '添加计划',
  'meeting.plan.edit': '编辑计划',
  'meeting.plan.heading': '“{title}”的计划',
  'meeting.plan.steps': '步骤',
  'meeting.plan.noSteps': '还没有步骤。',
  'meeting.plan.step': '第 {n} 步',
  'meeting.plan.stepDue': '第 {n} 步截止日期',
  'meeting.plan.stepDone': '第 {n} 步（已完成）',
  'meeting.plan.removeStep': '删除第 {n} 步',
  'meeting.plan.addStep': '添加步骤',
  'meeting.plan.criteria': '完成标准…',
  'meeting.plan.criteriaHint': '客户会核对的内容，让所有人对何时算完成达成一致。',
  'meeting.plan.target': '目标日期（内部）',
  'meeting.plan.promised': '承诺日期',
  'meeting.plan.save': '保存计划',
  'meeting.plan.saved': '已保存“{title}”的计划。',
  'meeting.plan.conflictKept': '在此期间，其他人更改了此承诺。你的计划仍在这里，现已基于对方的版本：请检查后再次保存。',

  'meeting.recap.send': '发送会议纪要',
  'meeting.recap.postToChat': '在会议聊天中发布会议纪要',
  'meeting.recap.hint': plural({
    other: '为 # 位与会者起草一封邮件，列出每项承诺及其负责人和日期。',
  }),
  'meeting.recap.empty': '会议纪要会列出各项承诺；请先添加一项。',

  'meeting.refresh.now': '检查更改',
  'meeting.refresh.checking': '正在检查更改…',
  'meeting.refresh.updated': '截至 {time} 已是最新',
  'meeting.refresh.failed': '无法检查他人所做的更改。{detail}',
} satisfies Translation<typeof english>;
