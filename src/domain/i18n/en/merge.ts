import { plural, type MessageTemplate } from '../wording';

/**
 * Two people editing the same thing (a commitment's plan, a meeting promise's plan, the team's
 * settings): every form that edits stored values merges someone else's save into what the user
 * typed and asks only about what both changed (src/ui/ConflictChoices.tsx).
 */
export const merge = {
  'merge.merged':
    'Someone else saved changes while you were editing. Their changes are now in the form, and yours are kept.',
  'merge.conflicts':
    'Someone else saved changes while you were editing. Their changes are now in the form, and yours are kept. You both changed what is listed here: choose which to keep.',
  'merge.yours': 'Yours',
  'merge.theirs': 'Saved by someone else',
  'merge.empty': '(empty)',
  'merge.removed': '(removed)',
  'merge.order': 'Order of the steps',
  'merge.choose': 'Choose which one to keep.',
  'merge.chooseAll': plural({
    one: 'Choose which value to keep for the change you both made, then save.',
    other: 'Choose which value to keep for each of the # changes you both made, then save.',
  }),
} satisfies Record<string, MessageTemplate>;
