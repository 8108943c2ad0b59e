import { DEFAULT_CALENDAR } from '../calendar';
import { commitmentId, historyId, stepId, teamId } from '../ids';
import type { Commitment, HistoryEntry, Instant, Person, PlanStep, TeamSettings } from '../types';

// Test builders for commitments and team settings: realistic defaults, every field overridable.
// Pure and deterministic (no clock, no randomness). Tests only: app code never imports this folder.

type Writable<T> = { -readonly [K in keyof T]?: T[K] };

export const ALEX: Person = { name: 'Alex Owner', email: 'alex@contoso.example' };
export const CASEY: Person = { name: 'Casey Customer', email: 'casey@contoso.example' };

/** Team settings: Mon–Fri 09:00–17:00 UTC, acknowledge within 4 business hours, update every 5 business days. */
export function aTeamSettings(overrides: Writable<TeamSettings> = {}): TeamSettings {
  return {
    teamId: teamId('team-1'),
    teamName: 'Service desk',
    version: 1,
    acknowledgeWithinHours: 4,
    defaultCadenceDays: 5,
    defaultBufferDays: 2,
    calendar: DEFAULT_CALENDAR,
    followUpReminders: 'off',
    ...overrides,
  };
}

/**
 * A commitment requested Monday 2026-11-02 09:00 UTC, not yet acknowledged, no steps,
 * target Friday 2026-11-13, promised Tuesday 2026-11-17, update cadence 5 business days.
 */
export function aCommitment(overrides: Writable<Commitment> = {}): Commitment {
  const requestedAt = overrides.requestedAt ?? '2026-11-02T09:00:00.000Z';
  return {
    id: commitmentId('c-1'),
    version: 1,
    teamId: teamId('team-1'),
    title: 'Quarterly access review for Finance',
    customer: CASEY,
    owner: ALEX,
    source: { kind: 'manual' },
    requestedAt,
    steps: [],
    acceptanceCriteria: 'Every Finance account reviewed and signed off.',
    targetDate: '2026-11-13',
    promisedDate: '2026-11-17',
    updateCadenceDays: 5,
    history: [anEntry({ kind: 'created' }, requestedAt)],
    createdAt: requestedAt,
    updatedAt: requestedAt,
    ...overrides,
  };
}

export function aStep(overrides: Writable<PlanStep> = {}): PlanStep {
  return { id: stepId(overrides.id ?? 's-1'), text: 'Export the account list', ...overrides };
}

/** A history entry's own fields, without id, time and author. */
export type HistoryBody = HistoryEntry extends infer E
  ? E extends HistoryEntry
    ? Omit<E, 'id' | 'at' | 'by'>
    : never
  : never;

export function anEntry(body: HistoryBody, at: Instant, by: Person = ALEX): HistoryEntry {
  return { ...body, id: historyId(`h-${body.kind}-${at}`), at, by } as HistoryEntry;
}

/** Appends history entries (kept in time order) to a commitment. */
export function withHistory(c: Commitment, ...entries: HistoryEntry[]): Commitment {
  return { ...c, history: [...c.history, ...entries].sort((a, b) => a.at.localeCompare(b.at)) };
}
