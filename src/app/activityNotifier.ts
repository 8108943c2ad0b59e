import { activityNotices, type ActivityNotice } from '../domain/teamTools/activity';
import type { Person } from '../domain/types';
import type { HostTeamwork } from '../hosts/HostContext';
import type { CommitmentStore } from '../store/Store';
import type { ActivityOutcome, ActivityOutcomes } from '../ui/services';

/**
 * Teams notifications follow what was saved, whichever surface saved it (the task pane's reassign
 * and sign-off request, the overview's bulk reassign, a plan step assigned in any plan editor): the
 * store is wrapped so that each saved change is compared with the commitment before it
 * (domain activityNotices) and each person it concerns is told. Notifications go one at a time, after
 * the change is saved; one that fails is reported and changes nothing else — the saved change stands.
 */
export function withActivityNotifications(
  store: CommitmentStore,
  teamwork: HostTeamwork,
  me: Person,
): { store: CommitmentStore; activity: ActivityOutcomes } {
  const listeners = new Set<(outcome: ActivityOutcome) => void>();
  let queue: Promise<void> = Promise.resolve();
  const emit = (outcome: ActivityOutcome) => {
    for (const listener of [...listeners]) listener(outcome);
  };
  const send = (notices: readonly ActivityNotice[]) => {
    for (const notice of notices) {
      queue = queue.then(() =>
        teamwork.notify(notice).then(
          () => emit({ notice, ok: true }),
          (error: unknown) => emit({ notice, ok: false, error }),
        ),
      );
    }
  };

  // Every member of the store as it is (a combined store's teamIds too); saving changes notifies.
  const wrapped: CommitmentStore = {
    ...store,
    async create(commitment) {
      const saved = await store.create(commitment);
      send(activityNotices(undefined, saved, me));
      return saved;
    },
    async update(next) {
      // What it was before, to tell what this change did (a read of the local mirror, not the network).
      const before = await store.get(next.id).catch(() => undefined);
      const saved = await store.update(next);
      send(activityNotices(before, saved, me));
      return saved;
    },
  };
  return {
    store: wrapped,
    activity: {
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
  };
}
