import type { MessageRef } from './i18n';
import type { Commitment, IsoDate, TeamSettings } from './types';

export interface PromiseSuggestion {
  readonly promisedDate: IsoDate;
  readonly bufferDays: number;
  readonly basis: 'history' | 'default';
  /** Delivered commitments the buffer was learned from. */
  readonly sampleSize: number;
  /** One line the user sees, e.g. "Target + 3 business days: 80% of the team's last 12 deliveries slipped at most that much." */
  readonly explanation: MessageRef;
}

/** Delivered commitments needed before history replaces the team's default buffer. */
export const MIN_HISTORY = 5;
export const MIN_BUFFER_DAYS = 0;
export const MAX_BUFFER_DAYS = 15;

export function suggestPromisedDate(
  target: IsoDate,
  team: readonly Commitment[],
  settings: TeamSettings,
): PromiseSuggestion {
  throw new Error('TODO: implement');
}
