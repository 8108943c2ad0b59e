import type { StepId } from './ids';
import type { Commitment, IsoDate, TeamSettings } from './types';

export type StatusKind =
  | 'awaiting-acknowledgement'
  | 'on-track'
  | 'update-due'
  | 'at-risk'
  | 'overdue'
  | 'delivered'
  | 'cancelled';

export type RiskReason =
  | { readonly kind: 'target-after-promised'; readonly targetDate: IsoDate; readonly promisedDate: IsoDate }
  | { readonly kind: 'step-overdue'; readonly stepId: StepId; readonly stepText: string; readonly dueDate: IsoDate }
  | {
      readonly kind: 'not-enough-time';
      readonly openSteps: number;
      readonly businessDaysNeeded: number;
      readonly businessDaysLeft: number;
    }
  | { readonly kind: 'flagged'; readonly note: string };

/** early: delivered before the promised date; on-time: on it; late: after it. */
export type DeliveryOutcome = 'early' | 'on-time' | 'late';

export interface CommitmentStatus {
  /** The one word to show; precedence cancelled > delivered > overdue > at-risk > update-due > awaiting-acknowledgement > on-track. */
  readonly kind: StatusKind;
  readonly awaitingAcknowledgement: boolean;
  /** The instant the team's acknowledgement standard runs out (when not yet acknowledged). */
  readonly acknowledgeBy?: Date;
  readonly acknowledgementBreached: boolean;
  /** When the next customer update is due (open commitments that were acknowledged). */
  readonly nextUpdateDue?: Date;
  readonly updateOverdue: boolean;
  readonly atRisk: boolean;
  readonly riskReasons: readonly RiskReason[];
  /** Past the end of the promised date's business day and not delivered. */
  readonly overdue: boolean;
  readonly delivery?: DeliveryOutcome;
  /** Open = neither delivered nor cancelled. */
  readonly open: boolean;
}

export function statusAt(c: Commitment, settings: TeamSettings, now: Date): CommitmentStatus {
  throw new Error('TODO: implement');
}
