import type { shell as english } from '../en/shell';
import type { Translation } from '../index';
import { plural } from '../wording';

/** 独立演示、应用框架和草稿对话框（简体中文）。 */
export const shell = {
  'shell.draft.title': '给客户的草稿',
  'shell.draft.explain': '此处无法使用 Outlook，因此 Kept 直接显示草稿。你可以编辑、复制，然后从你的邮件应用发送。',
  'shell.draft.to': '收件人：{recipients}',
  'shell.draft.body': '邮件正文',
  'shell.draft.copy': '复制邮件',
  'shell.draft.copyFailed': '浏览器阻止了复制。请选中文本后手动复制。',
  'shell.storage.local': '已保存在此设备上',
  'shell.storage.demo': '演示数据，已保存在此浏览器中',
  'shell.storage.synthetic': plural({ other: '合成数据：# 项生成的承诺，存放在单独的数据库中' }),
  'shell.dataset.synthetic': plural({
    other: '此页面显示 # 项用于负载测试的合成承诺，与你的演示数据分开保存，你的演示数据保持不变。',
  }),
  'shell.dataset.showDemo': '显示我的演示数据',
  'shell.reset.synthetic': '重新生成合成数据',
  'shell.reset.syntheticConfirm': '要用新生成的承诺替换这些合成承诺吗？你的演示数据不会受到影响。',
  'shell.problems.title': '部分承诺无法显示',
  'shell.problems.unreadable': plural({
    other:
      '团队 Kept 列表中有 # 项在 Kept 之外被编辑，无法读取（列：{columns}）。在有人于 SharePoint 中修复之前，这些项会被原样跳过。',
  }),
  'shell.problems.teams': plural({ other: '无法加载你所在的 # 个团队的承诺：{reasons}' }),
  'shell.problems.notSetUp': plural({
    other:
      '{teams} 尚未设置 Kept，因此没有可显示的内容。团队成员在团队中打开 Kept 即可完成设置；此处不会创建任何内容。',
  }),
  'shell.problems.messages.title': '无法保留后续标志',
  'shell.problems.messageMissing': plural({
    other:
      '{titles} 的电子邮件已不在你的邮箱中（已删除或移至存档），因此 Kept 无法保留其 Outlook 后续标志。承诺本身没有变化。',
  }),
  'shell.auth.redirecting': '正在登录 Microsoft 365… 此窗口将自动关闭。',
  'shell.auth.redirectFailed': '登录未能完成（{detail}）。请关闭此窗口，然后在 Kept 中重试。',
  'shell.auth.relayTitle': '登录 Microsoft 365',
  'shell.auth.relayExplain': 'Kept 会在新窗口中打开 Microsoft 登录页。完成后，两个窗口都会关闭，Kept 将继续。',
  'shell.auth.relayContinue': '继续登录',
  'shell.auth.relayWaiting': '正在等待 Microsoft 登录窗口…',
  'shell.storage.pending': plural({ other: '# 项更改等待发送' }),
  'shell.storage.offline': '脱机',
  'shell.storage.graph': '已保存在 {team} 团队网站中（Microsoft 365）',
  'shell.storage.graphAllTeams': '已保存在你所在团队的网站中（Microsoft 365）',
  'shell.notice.graph-not-configured':
    '此 Kept 副本未配置 Microsoft 365 登录，因此承诺只保存在此设备上。你的管理员可以进行配置（请参阅部署指南）。',
  'shell.team.title': '选择你的团队',
  'shell.team.intro':
    'Kept 将你的承诺保存在团队网站中，方便队友一同查看。请选择你处理请求时所在的团队；只需选择一次，Outlook 会在你的所有设备上记住这一选择。',
  'shell.team.label': '你的团队',
  'shell.team.none': '你还不是 Microsoft Teams 中任何团队的成员。请联系团队所有者添加你，然后重试。',
  'shell.team.use': '使用此团队',
  'shell.team.loading': '正在查找你的团队…',
  'shell.team.saveFailed': 'Outlook 无法记住你的选择：{detail}。请重试。',
  'shell.crash.title': '此视图已停止工作',
  'shell.crash.body': '已保存的承诺和未保存的表单都安然无恙。请重新加载页面后重试。（{detail}）',
  'shell.startFailed.title': 'Kept 无法启动',
  'shell.startFailed.retry': '重试',
  'shell.notice.outlook-unavailable':
    '无法连接到 Outlook，因此 Kept 正使用演示数据独立运行。请从 Outlook 中打开 Kept 来处理你的邮件。',
  'shell.notice.no-teams':
    '你还不是 Microsoft Teams 中任何团队的成员，因此在此添加的内容只会保存在此设备上，队友无法看到。请联系团队所有者将你添加到团队中。',
  'shell.notice.teams-unavailable':
    '无法连接到 Teams，因此 Kept 正使用演示数据独立运行。请从 Teams 中打开 Kept 查看你的团队。',
  'shell.nav.label': 'Kept 界面',
  'shell.nav.home': '开始',
  'shell.nav.taskpane': 'Outlook 任务窗格',
  'shell.nav.overview': '团队概览',
  'shell.nav.mine': '我的承诺',
  'shell.nav.meeting': '会议清单',
  'shell.banner': '独立演示',
  'shell.pageTitle': '{page} — Kept',
  'shell.theme.label': '主题',
  'shell.theme.light': '浅色',
  'shell.theme.dark': '深色',
  'shell.theme.high-contrast': '高对比度',
  'shell.reset': '重置演示数据',
  'shell.reset.confirm': '要用初始演示数据替换此浏览器中的所有内容吗？',
  'shell.reset.action': '重置',
  'shell.inbox.title': '收件箱',
  'shell.inbox.calendar': '日历',
  'shell.inbox.label': '演示收件箱和日历',
  'shell.inbox.pick': '选择一封邮件或一个会议，像在 Outlook 中一样在其上打开 Kept。',
  'shell.inbox.covered': 'Kept',
  'shell.pane.title': 'Kept',
  'shell.pane.label': 'Kept 任务窗格',
  'shell.meetings.title': '会议',
  'shell.meetings.label': '演示会议',
  'shell.meetings.panel': '会议侧边栏',
  'shell.meetings.pick': '选择一个会议，查看会上做出了哪些承诺。',
  'shell.home.title': 'Kept — 兑现你对内部客户的承诺',
  'shell.home.intro':
    'Kept 就在请求到达的地方。为请求邮件附上行动计划，凭团队积累的经验留出缓冲来承诺日期，让客户随时了解进度，尽早提出风险，完成交付并询问客户的评价。',
  'shell.home.taskpane': '请求邮件旁的 Outlook 任务窗格：计划、日期、进度更新、风险、交付和反馈。',
  'shell.home.overview': 'Teams 选项卡：逾期的进度更新、有风险的承诺、逾期的承诺、尚未确认的请求，以及各项指标。',
  'shell.home.meeting': '会议侧边栏：会议中所做承诺的清单，以及会议纪要。',
  'shell.home.open': '打开',
  'shell.home.local': '此演示完全在你的浏览器中运行。你的更改保存在这里（IndexedDB），不会有任何数据离开此设备。',
  'shell.teams.open': plural({ zero: 'Teams（模拟）', other: 'Teams（模拟）· #' }),
  'shell.reminders.open': 'Outlook 和 To Do（模拟）',
} satisfies Translation<typeof english>;
