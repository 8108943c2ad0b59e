import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { commitmentId, historyId, type TeamId } from '../../src/domain/ids';
import { isComplete, listedOf } from '../../src/domain/listed';
import type { Commitment, HistoryEntry, TeamSettings } from '../../src/domain/types';
import {
  isStoreError,
  type CommitmentStore,
  type StoreChange,
  type StoreError,
  type StoreErrorCode,
} from '../../src/store/Store';
import {
  aCommitment,
  ALEX,
  aMeetingSource,
  anEmailSource,
  aStep,
  MEGAN,
  NESTOR,
  nextSequence,
  OTHER_TEAM,
  TEAM,
} from '../fixtures/commitments';

/**
 * What every CommitmentStore adapter promises, as one suite each adapter runs (local over
 * fake-indexeddb, Graph over a fake Graph server). It tests the port only: no adapter internals, no
 * ordering of list results, no exact version numbers beyond "create gives 1" and "a write raises it".
 *
 * Adapters may merge safe concurrent edits (two people ticking different steps); the suite accepts a
 * merge or a conflict there, but never a lost update. A conflicting edit of the same field must be a
 * 'conflict'.
 */

export interface ContractSetup {
  readonly store: CommitmentStore;
  /** Runs after the suite has called `store.close()` (close must be safe to call twice). */
  readonly cleanup?: () => Promise<void>;
}

export interface ContractOptions {
  /**
   * false for an adapter bound to one team (e.g. one SharePoint list per team): the suite then
   * stores everything in the fixtures' TEAM and skips the tests that need a second team.
   * @default true
   */
  readonly multipleTeams?: boolean;
}

/** Text that breaks naive storage: right-to-left with a direction override, CJK, emoji sequences, HTML, decomposed accents. */
export const HOSTILE_TEXT = {
  rtl: 'مرحبا بالعالم — שלום עולם \u202Eabc\u202C',
  cjk: '会議室の予約を確認してください。데스크 설치 请尽快处理',
  emoji: '🎉 👩🏽‍💻 🏳️‍🌈 1️⃣ 🇩🇪',
  html: `<script>alert("x")</script><b onclick='steal()'>&amp; &lt;tag&gt; &#x27;</b>`,
  accents: 'cafe\u0301 café\tOK',
} as const;

async function storeError(promise: Promise<unknown>): Promise<StoreError> {
  let error: unknown;
  try {
    await promise;
  } catch (caught) {
    error = caught;
  }
  if (error === undefined) throw new Error('Expected a StoreError, but the call succeeded.');
  if (!isStoreError(error)) throw new Error(`Expected a StoreError, got ${String(error)}`, { cause: error });
  return error;
}

async function expectStoreError(promise: Promise<unknown>, code: StoreErrorCode): Promise<StoreError> {
  const error = await storeError(promise);
  expect(error.code, error.message).toBe(code);
  return error;
}

const ids = (items: readonly Commitment[]) => items.map((c) => c.id).sort();

const tickStep = (c: Commitment, index: number, at: string): Commitment => ({
  ...c,
  steps: c.steps.map((step, i) => (i === index ? { ...step, doneAt: at } : step)),
  history: [
    ...c.history,
    {
      id: historyId(`tick-${index}-${nextSequence()}`),
      kind: 'step-done',
      stepId: c.steps[index]?.id ?? c.steps[0]!.id,
      done: true,
      at,
      by: ALEX,
    } satisfies HistoryEntry,
  ],
  updatedAt: at,
});

export function runCommitmentStoreContract(
  adapterName: string,
  setup: () => Promise<ContractSetup>,
  options: ContractOptions = {},
): void {
  const multipleTeams = options.multipleTeams ?? true;
  const otherTeam: TeamId = multipleTeams ? OTHER_TEAM : TEAM;

  describe(`CommitmentStore contract: ${adapterName}`, () => {
    let store: CommitmentStore;
    let cleanup: (() => Promise<void>) | undefined;

    beforeEach(async () => {
      const made = await setup();
      store = made.store;
      cleanup = made.cleanup;
    });

    afterEach(async () => {
      store.close();
      await cleanup?.();
    });

    describe('create and get', () => {
      it('stores a commitment at version 1 and reads it back unchanged', async () => {
        const input = aCommitment({
          checker: NESTOR,
          flaggedAtRisk: { note: 'Supplier late', at: '2026-11-03T10:00:00.000Z' },
          messageLanguage: 'fa',
        });
        const created = await store.create(input);
        expect(created).toEqual({ ...input, version: 1 });
        expect(await store.get(input.id)).toEqual(created);
      });

      it('keeps the needed-by date, the sign-off and the new history entries (proposal, sent proof)', async () => {
        const input = aCommitment({
          checker: NESTOR,
          neededBy: '2026-11-10',
          deliveredAt: '2026-11-11T10:00:00.000Z',
          signedOff: { by: NESTOR, at: '2026-11-12T10:00:00.000Z' },
          history: [
            ...aCommitment().history,
            {
              id: historyId('h-concern'),
              kind: 'concern-raised',
              at: '2026-11-05T10:00:00.000Z',
              by: ALEX,
              risk: 'Parts late',
              recovery: 'Second supplier',
              options: [],
              proposedDate: '2026-11-13',
              sent: { via: 'sent-items', at: '2026-11-05T10:00:00.000Z' },
            },
            {
              id: historyId('h-answer'),
              kind: 'proposal-answered',
              at: '2026-11-06T10:00:00.000Z',
              by: ALEX,
              answer: 'kept-old-date',
              date: '2026-11-13',
              recovery: 'Two shifts',
            },
          ],
        });
        await store.create(input);
        expect(await store.get(input.id)).toEqual({ ...input, version: 1 });
      });

      it('keeps the customer’s latest reply (markup as plain text) and the entries recorded from the thread', async () => {
        const input = aCommitment({
          customerReply: {
            at: '2026-11-06T08:15:00.000Z',
            from: MEGAN,
            excerpt: 'Fine by us <script>alert("x")</script> — “merci” & مرسی',
          },
          history: [
            ...aCommitment().history,
            {
              id: historyId('h-replied'),
              kind: 'replied',
              at: '2026-11-05T09:00:00.000Z',
              by: ALEX,
              sent: { via: 'sent-items', at: '2026-11-05T09:00:00.000Z' },
            },
            {
              id: historyId('h-ack'),
              kind: 'customer-acknowledged',
              at: '2026-11-06T09:00:00.000Z',
              by: ALEX,
              reply: '2026-11-06T08:15:00.000Z',
              from: MEGAN,
            },
            {
              id: historyId('h-fb'),
              kind: 'feedback',
              at: '2026-11-06T09:01:00.000Z',
              by: ALEX,
              rating: 5,
              comment: '',
              reply: '2026-11-06T08:15:00.000Z',
            },
          ],
        });
        await store.create(input);
        expect(await store.get(input.id)).toEqual({ ...input, version: 1 });
      });

      it('keeps optional fields that are absent absent', async () => {
        const { acknowledgedAt: _a, ...unacknowledged } = aCommitment({ source: { kind: 'manual' } });
        await store.create(unacknowledged);
        const read = await store.get(unacknowledged.id);
        expect(read.acknowledgedAt).toBeUndefined();
        expect(read.checker).toBeUndefined();
        expect(read.messageLanguage).toBeUndefined();
        expect(read.source).toEqual({ kind: 'manual' });
      });

      it('says not-found for an id it does not have', async () => {
        await expectStoreError(store.get(commitmentId('no-such-commitment')), 'not-found');
      });

      it('refuses a second commitment with the same id', async () => {
        const first = aCommitment({ title: 'First' });
        await store.create(first);
        await expectStoreError(store.create({ ...first, title: 'Second' }), 'conflict');
        const all = await store.list();
        expect(all.filter((c) => c.id === first.id).map((c) => c.title)).toEqual(['First']);
      });
    });

    describe('list', () => {
      it('filters by team, owner, customer and open state, alone and combined', async () => {
        const open = await store.create(aCommitment({ owner: ALEX, customer: MEGAN }));
        const nestors = await store.create(aCommitment({ owner: NESTOR, customer: ALEX }));
        const delivered = await store.create(
          aCommitment({ teamId: otherTeam, owner: ALEX, customer: NESTOR, deliveredAt: '2026-11-10T12:00:00.000Z' }),
        );
        const cancelled = await store.create(
          aCommitment({ owner: ALEX, customer: MEGAN, cancelledAt: '2026-11-04T12:00:00.000Z' }),
        );
        const all = [open, nestors, delivered, cancelled];

        expect(ids(await store.list())).toEqual(ids(all));
        expect(ids(await store.list({}))).toEqual(ids(all));
        if (multipleTeams) {
          expect(ids(await store.list({ teamId: TEAM }))).toEqual(ids([open, nestors, cancelled]));
          expect(ids(await store.list({ teamId: OTHER_TEAM }))).toEqual(ids([delivered]));
        } else {
          expect(ids(await store.list({ teamId: TEAM }))).toEqual(ids(all));
        }
        expect(ids(await store.list({ ownerEmail: ALEX.email }))).toEqual(ids([open, delivered, cancelled]));
        expect(ids(await store.list({ ownerEmail: NESTOR.email }))).toEqual(ids([nestors]));
        expect(ids(await store.list({ customerEmail: NESTOR.email }))).toEqual(ids([delivered]));
        expect(ids(await store.list({ customerEmail: MEGAN.email }))).toEqual(ids([open, cancelled]));
        expect(ids(await store.list({ openOnly: true }))).toEqual(ids([open, nestors]));
        expect(ids(await store.list({ teamId: TEAM, ownerEmail: ALEX.email, openOnly: true }))).toEqual(ids([open]));
        expect(await store.list({ ownerEmail: 'nobody@contoso.com' })).toEqual([]);
      });

      it('returns whole commitments, the same as get', async () => {
        const created = await store.create(aCommitment());
        expect(await store.list({ teamId: TEAM })).toEqual([created]);
      });

      it('lists 300 commitments, each once', async () => {
        const made: Commitment[] = [];
        for (let i = 0; i < 300; i += 20) {
          const batch = Array.from({ length: 20 }, (_, j) => aCommitment({ title: `Bulk ${i + j}` }));
          made.push(...(await Promise.all(batch.map((c) => store.create(c)))));
        }
        const listed = await store.list({ teamId: TEAM });
        expect(listed).toHaveLength(300);
        expect(new Set(listed.map((c) => c.id)).size).toBe(300);
        expect(ids(listed)).toEqual(ids(made));
        const byId = new Map(listed.map((c) => [c.id, c]));
        for (const c of made) expect(byId.get(c.id)).toEqual(c);
      }, 60_000);
    });

    describe('findBySource', () => {
      it('finds the commitment of an email by its internet message id, quotes included', async () => {
        const mine = await store.create(
          aCommitment({ source: anEmailSource({ internetMessageId: "<o'brien.1@contoso.com>" }) }),
        );
        await store.create(aCommitment({ source: anEmailSource() }));
        await store.create(aCommitment({ source: aMeetingSource() }));
        expect(await store.findBySource({ kind: 'email', internetMessageId: "<o'brien.1@contoso.com>" })).toEqual([
          mine,
        ]);
        expect(await store.findBySource({ kind: 'email', internetMessageId: '<unknown@contoso.com>' })).toEqual([]);
      });

      it('finds every commitment of a conversation', async () => {
        const conversationId = `AAQkAGthread-${nextSequence()}=`;
        const first = await store.create(aCommitment({ source: anEmailSource({ conversationId }) }));
        const reply = await store.create(aCommitment({ source: anEmailSource({ conversationId }) }));
        await store.create(aCommitment({ source: anEmailSource() }));
        expect(ids(await store.findBySource({ kind: 'conversation', conversationId }))).toEqual(ids([first, reply]));
        expect(await store.findBySource({ kind: 'conversation', conversationId: 'AAQkAGnone=' })).toEqual([]);
      });

      it('finds a meeting by its iCalUId or its join URL, whichever matches', async () => {
        const both = await store.create(aCommitment({ source: aMeetingSource() }));
        const joinOnly = await store.create(
          aCommitment({
            source: {
              kind: 'meeting',
              joinUrl: `https://teams.microsoft.com/l/meetup-join/19%3ameeting_only${nextSequence()}%40thread.v2/0`,
              subject: 'Teams only',
              start: '2026-11-03T14:00:00.000Z',
              end: '2026-11-03T15:00:00.000Z',
            },
          }),
        );
        const icalOnly = await store.create(
          aCommitment({
            source: {
              kind: 'meeting',
              iCalUId: `040000008200E00074C5B7101A82E008ONLY${nextSequence()}`,
              subject: 'Outlook only',
              start: '2026-11-03T14:00:00.000Z',
              end: '2026-11-03T15:00:00.000Z',
            },
          }),
        );
        await store.create(aCommitment({ source: anEmailSource() }));
        if (
          both.source.kind !== 'meeting' ||
          joinOnly.source.kind !== 'meeting' ||
          icalOnly.source.kind !== 'meeting'
        ) {
          throw new Error('fixture is not a meeting');
        }

        expect(await store.findBySource({ kind: 'meeting', iCalUId: both.source.iCalUId! })).toEqual([both]);
        expect(await store.findBySource({ kind: 'meeting', joinUrl: both.source.joinUrl! })).toEqual([both]);
        expect(
          await store.findBySource({ kind: 'meeting', iCalUId: 'unknown-ical', joinUrl: joinOnly.source.joinUrl! }),
        ).toEqual([joinOnly]);
        expect(
          await store.findBySource({
            kind: 'meeting',
            iCalUId: icalOnly.source.iCalUId!,
            joinUrl: 'https://teams.microsoft.com/unknown',
          }),
        ).toEqual([icalOnly]);
        expect(
          await store.findBySource({ kind: 'meeting', iCalUId: both.source.iCalUId!, joinUrl: both.source.joinUrl! }),
        ).toEqual([both]);
        expect(
          await store.findBySource({ kind: 'meeting', iCalUId: 'x', joinUrl: 'https://example.com/none' }),
        ).toEqual([]);
      });
      it('finds a meeting by its join URL as Teams writes it when Outlook stored it (and back)', async () => {
        // The meeting chat's joinWebUrl escapes upper case, the calendar event's joinUrl lower case.
        const thread = `19%3ameeting_Enc${nextSequence()}%40thread.v2`;
        const fromEvent = `https://teams.microsoft.com/l/meetup-join/${thread}/0?context=%7b%22Tid%22%3a%22t-1%22%7d`;
        const fromChat = fromEvent.replace(/%[0-9a-f]{2}/g, (e) => e.toUpperCase());
        const stored = await store.create(
          aCommitment({
            source: {
              kind: 'meeting',
              joinUrl: fromEvent,
              subject: 'Planning',
              start: '2026-11-03T14:00:00.000Z',
              end: '2026-11-03T15:00:00.000Z',
            },
          }),
        );
        expect(await store.findBySource({ kind: 'meeting', joinUrl: fromChat })).toEqual([stored]);
        expect(await store.findBySource({ kind: 'meeting', joinUrl: decodeURIComponent(fromEvent) })).toEqual([stored]);
      });
    });

    describe('update', () => {
      it('stores the change with a higher version', async () => {
        const created = await store.create(aCommitment());
        const updated = await store.update({ ...created, title: 'Desks for the new starters, floor 3' });
        expect(updated.version).toBeGreaterThan(created.version);
        expect(updated.title).toBe('Desks for the new starters, floor 3');
        expect(await store.get(created.id)).toEqual(updated);
      });

      it('stores a new message language for the customer', async () => {
        const created = await store.create(aCommitment({ messageLanguage: 'fi' }));
        const updated = await store.update({ ...created, messageLanguage: 'zh-Hans' });
        expect((await store.get(created.id)).messageLanguage).toBe('zh-Hans');
        expect(updated.messageLanguage).toBe('zh-Hans');
      });

      it('refuses a stale version with a conflict that carries the stored commitment', async () => {
        const created = await store.create(aCommitment());
        const saved = await store.update({ ...created, title: 'Saved first' });
        const error = await expectStoreError(store.update({ ...created, title: 'Saved second' }), 'conflict');
        expect(error.current).toEqual(saved);
        expect(await store.get(created.id)).toEqual(saved);
      });

      it('never lets a second copy overwrite the same field silently', async () => {
        const created = await store.create(aCommitment());
        const mine = await store.get(created.id);
        const theirs = await store.get(created.id);
        const first = await store.update({ ...mine, title: 'Mine', promisedDate: '2026-11-12' });
        const error = await expectStoreError(store.update({ ...theirs, title: 'Theirs' }), 'conflict');
        expect(error.current?.title).toBe('Mine');
        expect(await store.get(created.id)).toEqual(first);
      });

      it('lets exactly one of two simultaneous edits of the same field win', async () => {
        const created = await store.create(aCommitment());
        const results = await Promise.allSettled([
          store.update({ ...created, title: 'Left' }),
          store.update({ ...created, title: 'Right' }),
        ]);
        const won = results.filter((r): r is PromiseFulfilledResult<Commitment> => r.status === 'fulfilled');
        const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
        expect(won).toHaveLength(1);
        expect(lost).toHaveLength(1);
        expect(isStoreError(lost[0]!.reason) && lost[0]!.reason.code).toBe('conflict');
        expect((await store.get(created.id)).title).toBe(won[0]!.value.title);
      });

      it('never loses a step ticked by someone else (merged or refused, not overwritten)', async () => {
        const created = await store.create(aCommitment({ steps: [aStep(), aStep(), aStep()] }));
        const alexCopy = await store.get(created.id);
        const meganCopy = await store.get(created.id);
        const alexSaved = await store.update(tickStep(alexCopy, 0, '2026-11-04T10:00:00.000Z'));

        let meganError: StoreError | undefined;
        try {
          await store.update(tickStep(meganCopy, 1, '2026-11-04T10:05:00.000Z'));
        } catch (error) {
          if (!isStoreError(error)) throw error;
          meganError = error;
        }

        const stored = await store.get(created.id);
        expect(stored.steps[0]?.doneAt).toBe('2026-11-04T10:00:00.000Z');
        if (meganError === undefined) {
          // Merged: both ticks and both history entries survive.
          expect(stored.steps[1]?.doneAt).toBe('2026-11-04T10:05:00.000Z');
          expect(stored.steps[2]?.doneAt).toBeUndefined();
          expect(stored.history.filter((h) => h.kind === 'step-done')).toHaveLength(2);
          expect(stored.version).toBeGreaterThan(alexSaved.version);
        } else {
          expect(meganError.code).toBe('conflict');
          expect(stored).toEqual(alexSaved);
        }
      });

      it('says not-found when the commitment was deleted meanwhile', async () => {
        const created = await store.create(aCommitment());
        await store.delete(created.id, created.version);
        await expectStoreError(store.update({ ...created, title: 'Too late' }), 'not-found');
        await expectStoreError(store.get(created.id), 'not-found');
      });
    });

    describe('delete', () => {
      it('refuses a stale version and keeps the commitment', async () => {
        const created = await store.create(aCommitment());
        const updated = await store.update({ ...created, title: 'Changed meanwhile' });
        await expectStoreError(store.delete(created.id, created.version), 'conflict');
        expect(await store.get(created.id)).toEqual(updated);
      });

      it('removes it from get, list and findBySource; a second delete is not-found', async () => {
        const kept = await store.create(aCommitment());
        const gone = await store.create(aCommitment());
        await store.delete(gone.id, gone.version);
        await expectStoreError(store.get(gone.id), 'not-found');
        expect(ids(await store.list())).toEqual(ids([kept]));
        if (gone.source.kind !== 'email') throw new Error('fixture is not an email');
        expect(await store.findBySource({ kind: 'email', internetMessageId: gone.source.internetMessageId })).toEqual(
          [],
        );
        await expectStoreError(store.delete(gone.id, gone.version), 'not-found');
      });
    });

    describe('subscribe', () => {
      it('tells listeners about creates, updates, deletes and settings', async () => {
        const changes: StoreChange[] = [];
        const unsubscribe = store.subscribe((change) => changes.push(change));
        const created = await store.create(aCommitment());
        const updated = await store.update({ ...created, title: 'Renamed' });
        await store.delete(updated.id, updated.version);
        const settings = await store.saveSettings({ ...(await store.getSettings(TEAM)), defaultCadenceDays: 3 });

        await vi.waitFor(() => {
          const upserts = changes.filter((c) => c.kind === 'upsert').map((c) => c.commitment);
          expect(upserts.some((c) => c.id === created.id && c.version === created.version)).toBe(true);
          expect(upserts.some((c) => c.id === updated.id && c.title === 'Renamed')).toBe(true);
          expect(changes).toContainEqual({ kind: 'delete', id: created.id });
          expect(changes.some((c) => c.kind === 'settings' && c.settings.version === settings.version)).toBe(true);
        });
        unsubscribe();
      });

      it('stops telling a listener once it unsubscribed', async () => {
        const heard: StoreChange[] = [];
        const stillListening: StoreChange[] = [];
        const unsubscribe = store.subscribe((change) => heard.push(change));
        store.subscribe((change) => stillListening.push(change));
        unsubscribe();
        await store.create(aCommitment());
        await vi.waitFor(() => expect(stillListening.length).toBeGreaterThan(0));
        expect(heard).toEqual([]);
      });
    });

    describe('team settings', () => {
      it('gives the defaults at version 0 before anything is saved', async () => {
        const settings = await store.getSettings(TEAM);
        expect(settings.teamId).toBe(TEAM);
        expect(settings.version).toBe(0);
        expect(settings.acknowledgeWithinHours).toBe(4);
        expect(settings.defaultCadenceDays).toBe(5);
        expect(settings.defaultBufferDays).toBe(2);
        expect(settings.followUpReminders).toBe('outlookFlag');
        expect(settings.calendar.workDays).toEqual([1, 2, 3, 4, 5]);
        expect(settings.calendar.dayStartMinute).toBe(540);
        expect(settings.calendar.dayEndMinute).toBe(1020);
      });

      it('round-trips saved settings with rising versions and refuses a stale save', async () => {
        const defaults = await store.getSettings(TEAM);
        const wanted: TeamSettings = {
          ...defaults,
          teamName: `${HOSTILE_TEXT.rtl} ${HOSTILE_TEXT.emoji}`,
          acknowledgeWithinHours: 2,
          defaultCadenceDays: 3,
          defaultBufferDays: 1,
          followUpReminders: 'todoTask',
          calendar: { timeZone: 'Asia/Jerusalem', workDays: [0, 1, 2, 3, 4], dayStartMinute: 480, dayEndMinute: 990 },
        };
        const first = await store.saveSettings(wanted);
        expect(first.version).toBeGreaterThan(defaults.version);
        expect(first).toEqual({ ...wanted, version: first.version });
        expect(await store.getSettings(TEAM)).toEqual(first);

        await expectStoreError(store.saveSettings({ ...wanted, defaultCadenceDays: 9 }), 'conflict');
        expect(await store.getSettings(TEAM)).toEqual(first);

        const second = await store.saveSettings({ ...first, defaultBufferDays: 4 });
        expect(second.version).toBeGreaterThan(first.version);
        expect(await store.getSettings(TEAM)).toEqual(second);
      });

      it.runIf(multipleTeams)('keeps each team its own settings', async () => {
        await store.saveSettings({ ...(await store.getSettings(TEAM)), defaultCadenceDays: 10 });
        const other = await store.getSettings(OTHER_TEAM);
        expect(other.version).toBe(0);
        expect(other.defaultCadenceDays).toBe(5);
      });
    });

    describe('text fidelity', () => {
      it('returns RTL, CJK, emoji and HTML byte for byte', async () => {
        const { rtl, cjk, emoji, html, accents } = HOSTILE_TEXT;
        const input = aCommitment({
          title: `${rtl} ${cjk} ${emoji} ${accents}`,
          customer: { name: `${rtl} ${emoji}`, email: MEGAN.email },
          owner: { name: cjk, email: ALEX.email },
          acceptanceCriteria: `${html}\n${rtl}\n${cjk}\n${emoji}\n${accents}`,
          steps: [aStep({ text: html }), aStep({ text: `${emoji} ${rtl}` })],
          source: anEmailSource({ subject: `RE: ${html} ${cjk}` }),
        });
        const created = await store.create(input);
        expect(created).toEqual({ ...input, version: 1 });
        const read = await store.get(input.id);
        expect(read).toEqual(created);
        expect(read.title).toBe(input.title);
        expect(read.acceptanceCriteria).toBe(input.acceptanceCriteria);
        expect(read.steps.map((s) => s.text)).toEqual([html, `${emoji} ${rtl}`]);

        const updated = await store.update({ ...read, title: html });
        expect((await store.get(input.id)).title).toBe(html);
        expect((await store.list({ teamId: TEAM })).find((c) => c.id === input.id)).toEqual(updated);
      });

      it('stores 100 KB acceptance criteria whole or refuses them as invalid, never truncated', async () => {
        const big = `${HOSTILE_TEXT.cjk}${'Done means every desk is labelled. '.repeat(3000)}`.slice(0, 100_000);
        expect(big.length).toBe(100_000);

        const input = aCommitment({ acceptanceCriteria: big });
        let created: Commitment | undefined;
        try {
          created = await store.create(input);
        } catch (error) {
          if (!isStoreError(error)) throw error;
          expect(error.code).toBe('invalid');
        }
        if (created === undefined) await expectStoreError(store.get(input.id), 'not-found');
        else expect((await store.get(input.id)).acceptanceCriteria).toBe(big);

        const small = await store.create(aCommitment());
        let updated: Commitment | undefined;
        try {
          updated = await store.update({ ...small, acceptanceCriteria: big });
        } catch (error) {
          if (!isStoreError(error)) throw error;
          expect(error.code).toBe('invalid');
        }
        expect(await store.get(small.id)).toEqual(updated ?? small);
      });
    });

    describe('sync', () => {
      it('reports its state without losing anything', async () => {
        const created = await store.create(aCommitment());
        const state = await store.sync();
        expect(typeof state.online).toBe('boolean');
        expect(state.pendingWrites).toBeGreaterThanOrEqual(0);
        expect(store.syncState().pendingWrites).toBeGreaterThanOrEqual(0);
        expect(await store.get(created.id)).toEqual(created);
      });
    });

    describe('kept screens (adapters that keep them)', () => {
      const screen = { counts: { 'at-risk': 2 }, text: HOSTILE_TEXT.rtl };

      it('hands back a screen kept from the latest read, under its own key only', async (context) => {
        const screens = store.screens;
        if (screens === undefined) return context.skip();
        await store.create(aCommitment());
        const read = await store.list({ teamId: TEAM });
        const settings = await store.getSettings(TEAM);
        expect(await screens.write('team', screen, [read, settings])).toBe(true);
        expect(await screens.read('team')).toEqual(screen);
        expect(await screens.read('mine')).toBeUndefined();
      });

      it('forgets every screen once commitments or settings change', async (context) => {
        const screens = store.screens;
        if (screens === undefined) return context.skip();
        const created = await store.create(aCommitment());
        await screens.write('team', screen, [await store.list({ teamId: TEAM })]);
        await store.update({ ...created, title: 'Changed' });
        expect(await screens.read('team')).toBeUndefined();

        await screens.write('team', screen, [await store.list({ teamId: TEAM })]);
        await store.saveSettings({ ...(await store.getSettings(TEAM)), defaultCadenceDays: 2 });
        expect(await screens.read('team')).toBeUndefined();

        await screens.write('team', screen, [await store.list({ teamId: TEAM })]);
        const current = await store.get(created.id);
        await store.delete(current.id, current.version);
        expect(await screens.read('team')).toBeUndefined();
      });

      it('keeps nothing from reads that saw different data, even when nothing changed since the last one', async (context) => {
        const screens = store.screens;
        if (screens === undefined) return context.skip();
        const settings = await store.getSettings(TEAM);
        await store.create(aCommitment());
        const list = await store.list({ teamId: TEAM });
        expect(await screens.write('team', screen, [list, settings])).toBe(false);
        expect(await screens.write('team', screen, [list, await store.getSettings(TEAM)])).toBe(true);
      });

      it('keeps nothing worked out from a read that a change has overtaken, or from a list it did not return', async (context) => {
        const screens = store.screens;
        if (screens === undefined) return context.skip();
        const before = await store.list({ teamId: TEAM });
        await store.create(aCommitment());
        expect(await screens.write('team', screen, [before])).toBe(false);
        expect(await screens.read('team')).toBeUndefined();
        expect(await screens.write('team', screen, [[...(await store.list({ teamId: TEAM }))]])).toBe(false);
        expect(await screens.read('team')).toBeUndefined();
      });

      it('keeps a screen worked out from a list it returned, held another way (closed commitments as their heads)', async (context) => {
        const screens = store.screens;
        if (screens === undefined) return context.skip();
        await store.create(aCommitment({ deliveredAt: '2026-11-20T10:00:00.000Z' }));
        const read = await store.list({ teamId: TEAM });
        const held = read.map(listedOf);
        expect(held.some((c) => !isComplete(c))).toBe(true);
        expect(await screens.write('team', screen, [held])).toBe(false);
        screens.heldAs(read, held);
        expect(await screens.write('team', screen, [held])).toBe(true);
        expect(await screens.read('team')).toEqual(screen);
        // Held from a list it did not return, it is still nothing it read.
        const copy = [...held];
        screens.heldAs([...read], copy);
        expect(await screens.write('team', screen, [copy])).toBe(false);
      });
    });
  });
}
