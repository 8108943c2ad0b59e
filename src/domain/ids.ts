/** Branded identifiers: a commitment id can never be passed where a team id is expected. */
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type CommitmentId = Brand<string, 'CommitmentId'>;
export type TeamId = Brand<string, 'TeamId'>;
export type StepId = Brand<string, 'StepId'>;
export type HistoryId = Brand<string, 'HistoryId'>;

export const commitmentId = (value: string): CommitmentId => value as CommitmentId;
export const teamId = (value: string): TeamId => value as TeamId;
export const stepId = (value: string): StepId => value as StepId;
export const historyId = (value: string): HistoryId => value as HistoryId;
