import type { taskpane as english } from '../en/taskpane';
import type { Translation } from '../index';
import { plural } from '../wording';

/** Outlook 任务窗格（简体中文）。 */
export const taskpane = {
  'taskpane.noItem': '选择一封邮件或一个会议，查看已做出的承诺，或记录新的承诺。',
  'taskpane.label': 'Kept：{subject}',

  'taskpane.email.listHeading': plural({ other: '此邮件上有 # 项承诺' }),
  'taskpane.email.addAnother': '再添加一项承诺',
  'taskpane.email.backToList': '返回',
  'taskpane.email.threadOffer': plural({
    other: '此对话中较早的邮件已有 # 项承诺，例如“{title}”。',
  }),
  'taskpane.email.openThread': '打开',
  'taskpane.email.openNamed': '打开“{title}”',

  'taskpane.create.heading': '记录承诺',
  'taskpane.create.requestedAt': '请求时间：{date}',
  'taskpane.create.title': '你承诺的内容',
  'taskpane.create.customerName': '客户姓名',
  'taskpane.create.customerEmail': '客户电子邮件',
  'taskpane.create.plan': '行动计划',
  'taskpane.create.noSteps': '还没有步骤。请添加你要执行的步骤，并为每一步设定日期。',
  'taskpane.create.criteria': '完成标准…',
  'taskpane.create.criteriaHint': '你和客户如何判断工作已经完成。',
  'taskpane.create.checkerName': '验收人姓名（可选）',
  'taskpane.create.checkerEmail': '验收人电子邮件（可选）',
  'taskpane.create.targetDate': '目标日期',
  'taskpane.create.targetHint': '你自己的目标。',
  'taskpane.create.promisedDate': '承诺日期',
  'taskpane.create.promisedHint': '告诉客户的日期。',
  'taskpane.create.neededBy': '需要日期（可选）',
  'taskpane.create.neededByHint': '客户自己给出的日期（如有），例如“财务部 5 日结账”。',
  'taskpane.create.cadence': '每隔多少个工作日向客户更新进度',
  'taskpane.create.cadenceHint': '团队标准为 {days}。',
  'taskpane.create.messageLanguage': '发给客户的邮件语言',
  'taskpane.create.messageLanguageHint':
    '发给客户的草稿将使用此语言撰写，任务窗格仍使用你的语言。下次为此客户记录承诺时，Kept 会再次建议此语言。',
  'taskpane.create.save': '保存承诺',
  'taskpane.create.saving': '正在保存…',

  'taskpane.step.group': '第 {n} 步',
  'taskpane.step.text': '第 {n} 步：内容',
  'taskpane.step.dueDate': '第 {n} 步：截止日期',
  'taskpane.step.owner': '第 {n} 步：负责人电子邮件（可选）',
  'taskpane.step.add': '添加步骤',
  'taskpane.step.moveUp': '上移第 {n} 步',
  'taskpane.step.moveDown': '下移第 {n} 步',
  'taskpane.step.remove': '删除第 {n} 步',

  'taskpane.suggestion.label': '建议的承诺日期',
  'taskpane.suggestion.line': '建议承诺：{date}。',
  'taskpane.suggestion.use': '使用 {date}',

  'taskpane.form.fixErrors': plural({ other: '保存前，有 # 个字段需要你处理。' }),

  'taskpane.edit.heading': '编辑计划',
  'taskpane.edit.intro': '可更改步骤、完成标准、验收人、日期或更新频率。已勾选的步骤保持勾选状态。',
  'taskpane.edit.stepDone': '第 {n} 步（已完成）',
  'taskpane.edit.save': '保存更改',

  // The demo inbox's conversation (standalone only): simulate a reply arriving or send one.
  'taskpane.demo.thread': '此会话中的回复',
  'taskpane.demo.simulate': '试一试：像在 Outlook 中一样，收到一条回复，或者由你发送回复。Kept 会读取该会话。',
  'taskpane.demo.customerReply': '{name} 的回复',
  'taskpane.demo.sampleReply': '谢谢！新日期对我们来说没问题。',
  'taskpane.demo.receive': '收到 {name} 的回复',
  'taskpane.demo.ownReply': '你给 {name} 的回复',
  'taskpane.demo.sampleOwnReply': '简短更新：第一步已完成，其余按计划进行。',
  'taskpane.demo.send': '发送你的回复',
} satisfies Translation<typeof english>;
