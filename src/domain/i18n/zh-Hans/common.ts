import type { common as english } from '../en/common';
import type { Translation } from '../index';

/** 各界面共用的词语（简体中文）。 */
export const common = {
  'common.appName': 'Kept',
  'common.save': '保存',
  'common.cancel': '取消',
  'common.close': '关闭',
  'common.retry': '重试',
  'common.loading': '正在加载…',
  'common.copy': '复制',
  'common.copied': '已复制',
  'common.clearSelection': '清除所选内容',
  'common.error.not-found': '此承诺已不存在，可能已被其他人删除。',
  'common.error.conflict': '你编辑期间，其他人更改了此承诺。你的更改保留在下方：请检查后再次保存。',
  'common.error.throttled': 'Microsoft 365 要求降低请求频率。你的更改已排队，稍后即会保存。',
  'common.error.unauthorized': '你尚未登录，或登录已过期。请重新登录；你输入的内容不会丢失。',
  'common.error.forbidden': '你无权访问此团队的承诺。请联系团队所有者将你添加到团队。',
  'common.error.offline': '你处于脱机状态。你的更改已保存在此设备上，恢复联网后会自动发送。',
  'common.error.invalid': '部分数据无法读取。{detail}',
  'common.error.unavailable':
    'Kept 目前无法在此设备上打开其存储（{detail}）。请关闭其他 Kept 标签页后重试；你输入的内容会保留。',
  'common.error.quota': '此设备上可供 Kept 使用的存储空间已满。请释放一些空间后重试；你输入的内容会保留。',
  'common.error.reminder':
    'Microsoft To Do 拒绝了 Kept 的提醒任务。承诺已保存；请允许 Kept 使用 To Do（Tasks.ReadWrite），或在团队设置中选择其他提醒方式。',
  'common.error.unknown': '出现问题：{detail}。你输入的内容不会丢失，请重试。',
} satisfies Translation<typeof english>;
