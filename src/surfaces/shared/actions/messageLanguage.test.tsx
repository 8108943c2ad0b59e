import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Commitment, TeamSettings } from '../../../domain/types';
import type { HostItem } from '../../../hosts/HostContext';
import { defaultTeamSettings } from '../../../store/defaultSettings';
import { createLocalStore } from '../../../store/local';
import { ALEX, aCommitment, aStep } from '../../../../tests/fixtures/commitments';
import { renderWithServices, TEST_TEAM, testServices } from '../../../../tests/fixtures/renderWithServices';
import { EmailPane } from '../../taskpane/EmailPane';
import { TeamOverview } from '../../team-overview/TeamOverview';

// The pane speaks its user's language (English here); every message the shared actions draft speaks
// the commitment's customer's, in the task pane and in the overview's details alike, and "Sent?"
// still decides whether it is recorded.

configure({ asyncUtilTimeout: 10_000 });
const FAST = { hidden: true } as const;
const NOW = new Date('2026-11-25T10:00:00Z');
const settings: TeamSettings = { ...defaultTeamSettings(TEST_TEAM, 'Test team', 'Europe/London'), version: 1 };

const aino = { name: 'Aino Virtanen', email: 'aino@contoso.example' };
const finnish: Commitment = aCommitment({
  teamId: TEST_TEAM,
  owner: ALEX,
  title: 'Myyntiraportti Power BI:hin',
  customer: aino,
  checker: { name: 'Mikko Laine', email: 'mikko@contoso.example' },
  acceptanceCriteria: 'Luvut täsmäävät kirjanpitoon',
  steps: [aStep({ text: 'Kerää luvut', dueDate: '2026-11-27' })],
  targetDate: '2026-12-01',
  promisedDate: '2026-12-03',
  messageLanguage: 'fi',
});
const email: Extract<HostItem, { kind: 'email' }> = {
  kind: 'email',
  internetMessageId: (finnish.source as { internetMessageId: string }).internetMessageId,
  conversationId: (finnish.source as { conversationId: string }).conversationId,
  itemId: 'item-fi',
  subject: 'Myyntiraportti',
  from: aino,
  to: [],
  receivedAt: '2026-11-24T08:00:00.000Z',
};

let store: ReturnType<typeof createLocalStore>;
beforeEach(async () => {
  localStorage.clear();
  store = createLocalStore({ dbName: `message-language-${Math.random()}`, defaultTimeZone: 'Europe/London' });
});
afterEach(() => store.close());

const stored = async () => (await store.get(finnish.id))!;

/** The draft dialog's message, closed after reading: what the customer would receive. */
async function readDraft(user: ReturnType<typeof userEvent.setup>, title = 'Draft for your customer') {
  const dialog = await screen.findByRole('dialog', { name: title, ...FAST });
  const body = within(dialog).getByRole('textbox', FAST) as HTMLTextAreaElement;
  const draft = { lang: body.lang, dir: body.dir, text: body.value };
  await user.click(
    within(dialog)
      .getAllByRole('button', { name: 'Close', ...FAST })
      .at(-1)!,
  );
  return draft;
}

describe('messages drafted by the shared actions are in the customer’s language', () => {
  it('in the task pane: update, concern, delivery and the checker’s sign-off request, each recorded once sent', async () => {
    const user = userEvent.setup();
    await store.replaceAll([finnish], [settings]);
    renderWithServices(<EmailPane email={email} />, testServices({ store, now: NOW, item: email }));

    await user.click(await screen.findByRole('button', { name: 'Send update' }));
    await user.click(await screen.findByRole('button', { name: 'Open update draft' }));
    const update = await readDraft(user);
    expect([update.lang, update.dir]).toEqual(['fi', 'ltr']);
    expect(update.text).toMatch(/^Hei \S*Aino\S*,/);
    expect(update.text).toContain('Tässä tilannepäivitys');
    // The question stays in the user's language; only a yes records the update.
    await user.click(await screen.findByRole('button', { name: 'Yes, I sent it' }));
    await waitFor(async () => expect((await stored()).history.map((h) => h.kind)).toContain('update-sent'));

    await user.click(await screen.findByRole('button', { name: 'Raise concern' }));
    const concernForm = await screen.findByRole('form', { name: 'Raise a concern' });
    await user.type(
      within(concernForm).getByRole('textbox', { name: /what is at risk/i }),
      'Lähdejärjestelmä on alhaalla',
    );
    await user.type(within(concernForm).getByRole('textbox', { name: /recovery action/i }), 'Käytetään varakopiota');
    await user.click(within(concernForm).getByRole('button', { name: 'Open concern draft' }));
    const concern = await readDraft(user);
    expect(concern.lang).toBe('fi');
    expect(concern.text).toContain('Mikä on vaarassa');
    await user.click(await screen.findByRole('button', { name: 'No, not sent' }));
    expect((await stored()).history.map((h) => h.kind)).not.toContain('concern-raised');

    await user.click(await screen.findByRole('button', { name: 'Close', ...FAST }));
    await user.click(await screen.findByRole('button', { name: 'Deliver' }));
    await user.click(await screen.findByRole('button', { name: 'Open delivery draft' }));
    const delivery = await readDraft(user);
    expect(delivery.lang).toBe('fi');
    expect(delivery.text).toContain('on toimitettu');
    await user.click(await screen.findByRole('button', { name: 'Yes, I sent it' }));
    await waitFor(async () => expect((await stored()).deliveredAt).toBeDefined());

    await user.click(await screen.findByRole('button', { name: 'Ask Mikko Laine to sign off' }));
    const signOff = await readDraft(user, 'Draft for Mikko Laine');
    expect(signOff.lang).toBe('fi');
    expect(signOff.text).toMatch(/^Hei \S*Mikko\S*,/);
    expect(signOff.text).toContain('Voisitko tarkastajana vahvistaa');
    await user.click(await screen.findByRole('button', { name: 'Yes, I sent it' }));
    await waitFor(async () => expect((await stored()).history.map((h) => h.kind)).toContain('sign-off-requested'));
  });

  it('in the overview’s details: the same draft, in the customer’s language', async () => {
    const user = userEvent.setup();
    await store.replaceAll([{ ...finnish, messageLanguage: 'zh-Hans' }], [settings]);
    renderWithServices(<TeamOverview view="team" />, testServices({ store, now: NOW }));
    const grid = await screen.findByRole('grid', { name: 'Commitments' });
    await user.click(
      within(grid)
        .getAllByRole('row')
        .find((r) => r.hasAttribute('data-commitment-id'))!,
    );
    const drawer = await screen.findByRole('dialog', FAST);
    await user.click(within(drawer).getByRole('button', { name: 'Share plan', ...FAST }));
    const plan = await readDraft(user);
    expect(plan.lang).toBe('zh-Hans');
    expect(plan.text).toContain('您好');
    await user.click(await screen.findByRole('button', { name: 'Yes, I sent it', ...FAST }));
    await waitFor(async () => expect((await stored()).history.map((h) => h.kind)).toContain('plan-shared'));
  });
});
