import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReactElement } from 'react';
import type { Commitment, Person } from '../../domain/types';
import type { HostItem } from '../../hosts/HostContext';
import { createBrowserHost } from '../../hosts/browser/createBrowserHost';
import { createLocalStore } from '../../store/local';
import { memoryStorage, renderWithServices, testServices, TEST_TEAM } from '../../../tests/fixtures/renderWithServices';
import { aCommitmentFrom } from '../../../tests/fixtures/commitments';
import { TeamOverview } from '../team-overview/TeamOverview';
import { TaskPane } from './TaskPane';
import { DRAFT_LIFETIME_MS } from '../shared/usePersistentDraft';

type Email = Extract<HostItem, { kind: 'email' }>;

const NOW = new Date('2026-11-25T10:00:00Z');
const DAY = 24 * 60 * 60_000;

const email: Email = {
  kind: 'email',
  internetMessageId: '<ask-7@contoso.example>',
  conversationId: 'conv-7',
  itemId: 'item-7',
  subject: 'Refresh the revenue dashboard',
  from: { name: 'Priya Raman', email: 'priya@contoso.example' },
  to: [],
  receivedAt: '2026-11-25T08:00:00.000Z',
};

// The commitment made from the email (dates around NOW, so "Send update" is open to it).
const saved: Commitment = aCommitmentFrom(email, {
  teamId: TEST_TEAM,
  title: 'Refresh the revenue dashboard',
  targetDate: '2026-12-01',
  promisedDate: '2026-12-03',
});

let store: ReturnType<typeof createLocalStore>;
beforeEach(() => {
  localStorage.clear();
  store = createLocalStore({ dbName: 'test' });
});
afterEach(() => store.close());

const draftKeys = () => Object.keys(localStorage).filter((k) => k.startsWith('kept.draft.'));
const ALEX = { name: 'Alex Wilber', email: 'alexw@contoso.com' };
const MEGAN = { name: 'Megan Bowen', email: 'meganb@contoso.com' };

/** A surface as `user` sees it at `at`, as a reload or a new Outlook or Teams session would. */
function openAs(ui: ReactElement, at: Date, user: Person) {
  document.body.innerHTML = '';
  const host = createBrowserHost({
    user,
    locale: 'en-GB',
    theme: 'light',
    team: { id: TEST_TEAM, name: 'Test team' },
    initialItem: email,
    overviewUrl: 'overview.html',
    storage: memoryStorage(),
  });
  const services = testServices({ store, now: at, host });
  renderWithServices(ui, services);
  return services;
}

/** Opens the pane on the email. */
const openPane = (at: Date, user: Person = ALEX) => openAs(<TaskPane />, at, user);

async function typeTitle(text: string) {
  const user = userEvent.setup();
  const title = await screen.findByRole('textbox', { name: /what you promise/i });
  await user.clear(title);
  await user.type(title, text);
}

describe('Unsaved text in the task pane does not stay forever', () => {
  it('comes back for two weeks, and is forgotten after that', async () => {
    openPane(NOW);
    await typeTitle('Customer text typed before the pane closed');
    expect(draftKeys()).toHaveLength(1);

    openPane(new Date(NOW.getTime() + DRAFT_LIFETIME_MS - DAY));
    expect(await screen.findByRole('textbox', { name: /what you promise/i })).toHaveProperty(
      'value',
      'Customer text typed before the pane closed',
    );

    openPane(new Date(NOW.getTime() + DRAFT_LIFETIME_MS + DAY));
    expect(await screen.findByRole('textbox', { name: /what you promise/i })).toHaveProperty(
      'value',
      'Refresh the revenue dashboard',
    );
    expect(draftKeys()).toEqual([]);
  });

  it('is not shown to the next person who signs in on this browser, and is removed', async () => {
    openPane(NOW);
    await typeTitle('Alex’s unsaved promise');
    openPane(new Date(NOW.getTime() + 60_000), MEGAN);
    expect(await screen.findByRole('textbox', { name: /what you promise/i })).toHaveProperty(
      'value',
      'Refresh the revenue dashboard',
    );
    expect(draftKeys()).toEqual([]);
  });

  async function typeAnUpdate(): Promise<Commitment> {
    const c = await store.create({ ...saved, version: 0 });
    const user = userEvent.setup();
    openPane(NOW);
    await user.click(await screen.findByRole('button', { name: /send update/i }));
    await user.type(await screen.findByRole('textbox', { name: /note for the customer/i }), 'Half done; rest Monday');
    expect(draftKeys()).toEqual([`kept.draft.${c.id}.update`]);
    return c;
  }

  it('goes when its commitment is cancelled (here or elsewhere)', async () => {
    const c = await typeAnUpdate();
    // Someone cancels it (another pane, the Teams tab): the typed update has nothing left to update.
    await act(async () => {
      await store.update({ ...c, cancelledAt: '2026-11-25T11:00:00.000Z', updatedAt: '2026-11-25T11:00:00.000Z' });
    });
    expect(draftKeys()).toEqual([]);
  });

  it('goes when its commitment is deleted', async () => {
    const c = await typeAnUpdate();
    await act(async () => {
      await store.delete(c.id, c.version);
    });
    expect(draftKeys()).toEqual([]);
  });
});

describe('A message waiting for “Sent?” is cleaned up like unsaved text', () => {
  /** Shares the plan and closes the draft: the pane asks whether it was sent, and remembers the question. */
  async function leaveAQuestion(): Promise<Commitment> {
    const c = await store.create({ ...saved, version: 0 });
    const user = userEvent.setup();
    openPane(NOW);
    await user.click(await screen.findByRole('button', { name: /^share plan/i }));
    const dialog = await screen.findByRole('dialog', { name: 'Draft for your customer' });
    await user.click(within(dialog).getAllByRole('button', { name: 'Close' }).at(-1)!);
    expect(await screen.findByRole('button', { name: 'Yes, I sent it' })).toBeTruthy();
    expect(draftKeys()).toEqual([`kept.draft.${c.id}.pending`]);
    return c;
  }

  it('comes back after a reload, but is not shown to the next person who signs in, and is removed', async () => {
    await leaveAQuestion();
    openPane(new Date(NOW.getTime() + 60_000));
    expect(await screen.findByRole('button', { name: 'Yes, I sent it' })).toBeTruthy();
    openPane(new Date(NOW.getTime() + 120_000), MEGAN);
    await screen.findByRole('button', { name: /^share plan/i });
    expect(screen.queryByRole('button', { name: 'Yes, I sent it' })).toBeNull();
    expect(draftKeys()).toEqual([]);
  });

  it('goes when its commitment is cancelled or deleted', async () => {
    const c = await leaveAQuestion();
    await act(async () => {
      await store.delete(c.id, c.version);
    });
    expect(draftKeys()).toEqual([]);
  });
});

describe('The overview’s details keep the same housekeeping', () => {
  it('does not show the previous user’s unsaved update in the details, and removes it', async () => {
    const c = await store.create({ ...saved, version: 0 });
    const key = `kept.draft.${c.id}.update`;
    localStorage.setItem(
      key,
      JSON.stringify({
        savedAt: NOW.getTime(),
        by: ALEX.email,
        value: { note: 'Alex’s half-typed update', onTrack: 'yes' },
      }),
    );
    openAs(<TeamOverview view="team" />, NOW, MEGAN);
    await screen.findByRole('grid', { name: 'Commitments' });
    expect(localStorage.getItem(key)).toBeNull();
  });
});
