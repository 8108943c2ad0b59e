import { addBusinessDays, addBusinessHours, localDate, startOfBusinessDay } from '../../domain/calendar';
import { commitmentId, historyId, stepId } from '../../domain/ids';
import { seededRandom } from '../../domain/seededRandom';
import type { Commitment, HistoryEntry, Person, PlanStep, TeamSettings } from '../../domain/types';

/**
 * A large, deterministic team history for load tests and benchmarks (`overview.html?seed=10000`):
 * the same `count` and `seed` always give the same commitments relative to `now`.
 */
export function syntheticCommitments(count: number, now: Date, settings: TeamSettings, seed = 42): Commitment[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const cal = settings.calendar;
  const today = localDate(cal, now);
  const owners = people(12, 'owner', OWNER_NAMES);
  const customers = people(60, 'customer', CUSTOMER_NAMES);
  const result: Commitment[] = [];

  for (let i = 0; i < count; i++) {
    const owner = pick(owners);
    const customer = pick(customers);
    const startDay = -int(0, 160);
    const requested = addBusinessHours(cal, startOfBusinessDay(cal, addBusinessDays(cal, today, startDay)), int(0, 7));
    const duration = int(2, 15);
    const target = addBusinessDays(cal, today, startDay + duration);
    const promised = addBusinessDays(cal, target, int(0, 4));
    const ackHours = random() < 0.04 ? undefined : int(1, 10);
    const acknowledgedAt = ackHours === undefined ? undefined : addBusinessHours(cal, requested, ackHours);
    const by = owner;
    const history: HistoryEntry[] = [
      { id: historyId(`syn-${i}-h0`), at: requested.toISOString(), by, kind: 'created' },
    ];
    if (acknowledgedAt !== undefined && acknowledgedAt <= now) {
      history.push({ id: historyId(`syn-${i}-h1`), at: acknowledgedAt.toISOString(), by, kind: 'plan-shared' });
    }
    const stepsCount = int(0, 4);
    const steps: PlanStep[] = [];
    for (let s = 0; s < stepsCount; s++) {
      const due = addBusinessDays(cal, today, startDay + Math.round(((s + 1) * duration) / (stepsCount + 1)));
      const doneAt = due < today && random() < 0.8 ? startOfBusinessDay(cal, due).toISOString() : undefined;
      steps.push({
        id: stepId(`syn-${i}-s${s}`),
        text: `${pick(STEP_VERBS)} ${pick(OBJECTS)}`,
        dueDate: due,
        ...(doneAt ? { doneAt } : {}),
      });
    }
    // Past commitments are mostly delivered: a few late, a few early, some cancelled.
    let deliveredAt: string | undefined;
    let cancelledAt: string | undefined;
    const endOfPromise = addBusinessDays(cal, promised, 0);
    if (endOfPromise < today && random() < 0.9) {
      if (random() < 0.04) {
        cancelledAt = startOfBusinessDay(cal, addBusinessDays(cal, target, -1)).toISOString();
        history.push({
          id: historyId(`syn-${i}-hc`),
          at: cancelledAt,
          by,
          kind: 'cancelled',
          reason: 'No longer needed',
          customerAgreed: true,
        });
      } else {
        const slip = int(-3, 3);
        const day = addBusinessDays(cal, target, slip);
        const at = addBusinessHours(cal, startOfBusinessDay(cal, day < today ? day : today), 4);
        if (at <= now) {
          deliveredAt = at.toISOString();
          history.push({ id: historyId(`syn-${i}-hd`), at: deliveredAt, by, kind: 'delivered', note: 'Done' });
        }
      }
    }
    result.push({
      id: commitmentId(`syn-${seed}-${i}`),
      version: 1,
      teamId: settings.teamId,
      title: `${pick(TITLE_VERBS)} ${pick(OBJECTS)} for ${customer.name.split(' ')[0]}`,
      customer,
      owner,
      source: { kind: 'manual' },
      requestedAt: requested.toISOString(),
      ...(acknowledgedAt !== undefined && acknowledgedAt <= now
        ? { acknowledgedAt: acknowledgedAt.toISOString() }
        : {}),
      steps,
      acceptanceCriteria: 'The customer confirms the result meets the request.',
      targetDate: target,
      promisedDate: promised,
      updateCadenceDays: settings.defaultCadenceDays,
      ...(random() < 0.02 ? { flaggedAtRisk: { note: 'Waiting on a supplier', at: requested.toISOString() } } : {}),
      ...(deliveredAt !== undefined ? { deliveredAt } : {}),
      ...(cancelledAt !== undefined ? { cancelledAt } : {}),
      history,
      createdAt: requested.toISOString(),
      updatedAt: history[history.length - 1]?.at ?? requested.toISOString(),
    });
  }
  return result;
}

function people(n: number, role: string, names: readonly string[]): Person[] {
  return Array.from({ length: n }, (_, i) => {
    const name = `${names[i % names.length]}${i >= names.length ? ` ${Math.floor(i / names.length) + 1}` : ''}`;
    return { name, email: `${role}${i}.${name.split(' ')[0]?.toLowerCase()}@contoso.example` };
  });
}

const OWNER_NAMES = ['Avery Chen', 'Sam Rivera', 'Noor Aziz', 'Mateo Silva', 'Hana Kim', 'Ola Nowak'];
const CUSTOMER_NAMES = [
  'Priya Natarajan',
  'Jonas Weber',
  'Grace Okafor',
  'Liam Byrne',
  'Yuki Tanaka',
  'Fatima Zahra',
  'Diego Alvarez',
  'Emma Johansson',
  'Kofi Mensah',
  'Ines Duarte',
  'Raj Patel',
  'Chloe Martin',
];
const TITLE_VERBS = ['Build', 'Fix', 'Review', 'Automate', 'Migrate', 'Document', 'Refresh', 'Set up'];
const STEP_VERBS = ['Agree', 'Draft', 'Test', 'Ship', 'Validate', 'Hand over'];
const OBJECTS = [
  'the sales dashboard',
  'the payroll extract',
  'the onboarding report',
  'the CRM export',
  'the budget model',
  'the access review',
  'the data catalogue entry',
  'the KPI definitions',
];
