import type { merge as english } from '../en/merge';
import type { Translation } from '../index';
import { plural } from '../wording';

/** 两人编辑同一内容：把对方的保存合并到你输入的内容中（简体中文）。 */
export const merge = {
  'merge.merged': '你编辑期间，其他人保存了更改。对方的更改现已显示在表单中，你的更改也已保留。',
  'merge.conflicts':
    '你编辑期间，其他人保存了更改。对方的更改现已显示在表单中，你的更改也已保留。以下内容你们都改过：请选择保留哪一个。',
  'merge.yours': '你的版本',
  'merge.theirs': '他人保存的版本',
  'merge.empty': '（空）',
  'merge.removed': '（已删除）',
  'merge.order': '步骤顺序',
  'merge.choose': '请选择保留哪一个。',
  'merge.chooseAll': plural({ other: '你们都改过的 # 处内容，请逐一选择保留哪个值，然后保存。' }),
} satisfies Translation<typeof english>;
