import type { CommitmentId, TeamId } from '../ids';
import type { Commitment, Person } from '../types';
import { sameEmail } from '../validation';

/**
 * Teams activity feed notifications Kept sends, and when: the checker when sign-off is asked, the
 * new owner of a reassigned commitment, the owner of a plan step assigned to them. The names are
 * the activity types the app manifest declares (manifest/manifest.template.json, `activities`).
 */
export const ACTIVITY_TYPES = {
  'sign-off-requested': 'signOffRequested',
  reassigned: 'commitmentReassigned',
  'step-assigned': 'stepAssigned',
} as const;

export type ActivityKind = keyof typeof ACTIVITY_TYPES;

/** The template parameters each activity type's text names (besides {actor}, which Teams fills). */
export const ACTIVITY_PARAMETERS: Readonly<Record<ActivityKind, readonly string[]>> = {
  'sign-off-requested': ['commitment'],
  reassigned: ['commitment'],
  'step-assigned': ['step', 'commitment'],
};

/** One notification: who gets it, about which commitment (and step). */
export interface ActivityNotice {
  readonly kind: ActivityKind;
  readonly to: Person;
  readonly commitmentId: CommitmentId;
  readonly teamId: TeamId;
  readonly title: string;
  /** step-assigned: the step's text. */
  readonly step?: string;
}

/**
 * What a change from `before` (undefined: just created) to `after`, made by `by`, tells someone:
 * the history entries the change added (sign-off asked, reassigned) and the plan steps whose owner
 * it set or changed. Nobody is told of their own doing (Teams refuses a notification to oneself),
 * a finished step needs nobody, and each person hears of each thing once.
 */
export function activityNotices(before: Commitment | undefined, after: Commitment, by: Person): ActivityNotice[] {
  const notices: ActivityNotice[] = [];
  const about = { commitmentId: after.id, teamId: after.teamId, title: after.title };
  const add = (notice: ActivityNotice) => {
    if (notice.to.email.trim() === '' || sameEmail(notice.to.email, by.email)) return;
    const same = notices.some(
      (n) => n.kind === notice.kind && sameEmail(n.to.email, notice.to.email) && n.step === notice.step,
    );
    if (!same) notices.push(notice);
  };
  const seen = new Set(before?.history.map((h) => h.id) ?? []);
  for (const entry of after.history) {
    if (seen.has(entry.id)) continue;
    if (entry.kind === 'sign-off-requested') add({ kind: 'sign-off-requested', to: entry.checker, ...about });
    if (entry.kind === 'reassigned') add({ kind: 'reassigned', to: entry.to, ...about });
  }
  for (const step of after.steps) {
    if (step.owner === undefined || step.doneAt !== undefined) continue;
    const previous = before?.steps.find((s) => s.id === step.id)?.owner;
    if (previous !== undefined && sameEmail(previous.email, step.owner.email)) continue;
    add({ kind: 'step-assigned', to: step.owner, ...about, step: step.text });
  }
  return notices;
}
