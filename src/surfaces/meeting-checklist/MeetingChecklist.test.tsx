import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { acknowledge, createCommitment } from '../../domain/actions';
import type { CommitmentSource, Person } from '../../domain/types';
import { TeamworkError, type HostItem, type HostTeamwork, type TeamsPost } from '../../hosts/HostContext';
import { demoUser, teammates } from '../../hosts/browser/demoPeople';
import { createLocalStore } from '../../store/local';
import type { CommitmentStore } from '../../store/Store';
import { renderWithServices, TEST_TEAM, testServices } from '../../../tests/fixtures/renderWithServices';
import { expectShowsWithoutSpinner } from '../../../tests/fixtures/opensAtOnce';
import { MeetingChecklist } from './MeetingChecklist';
import { PlanEditor } from './PromiseRow';

type Meeting = Extract<HostItem, { kind: 'meeting' }>;

// Wednesday 25 Nov 2026, 10:00 UTC. Target = +3 business days (Mon 30 Nov); the team's default
// buffer of 2 business days makes the suggested promise Wed 2 Dec.
const NOW = new Date('2026-11-25T10:00:00Z');
const sam = teammates.sam;
const noor = teammates.noor;
const client: Person = { name: 'Priya Natarajan', email: 'priya.natarajan@contoso.example' };

const meeting: Meeting = {
  kind: 'meeting',
  iCalUId: 'ical-review',
  joinUrl: 'https://teams.microsoft.com/l/meetup-join/review',
  subject: 'Weekly service review',
  organizer: demoUser,
  attendees: [demoUser, sam, noor],
  start: '2026-11-25T09:30:00.000Z',
  end: '2026-11-25T10:30:00.000Z',
  isOrganizer: true,
};

async function setup(options: { store?: CommitmentStore; meeting?: Meeting; teamwork?: HostTeamwork } = {}) {
  const store = options.store ?? createLocalStore({ dbName: 'test' });
  const base = testServices({ store, now: NOW });
  const services =
    options.teamwork === undefined ? base : { ...base, host: { ...base.host, teamwork: options.teamwork } };
  // No delay between keystrokes: the tests type long strings, and timing is not what they check.
  const user = userEvent.setup({ delay: null });
  renderWithServices(<MeetingChecklist meeting={options.meeting ?? meeting} />, services);
  await screen
    .findByText('Nothing promised yet. Add the first promise above: a title and a name are enough.')
    .catch(() => undefined);
  return { store, services, user };
}

/** A commitment made in a meeting, stored the way another surface (or attendee) would store it. */
async function seed(store: CommitmentStore, title: string, source: CommitmentSource, owner: Person = sam) {
  const settings = await store.getSettings(TEST_TEAM);
  let n = 0;
  const ctx = { now: NOW, by: owner, newId: () => `${title}-${++n}` };
  const created = createCommitment(
    {
      input: {
        title,
        customer: client,
        owner,
        steps: [],
        acceptanceCriteria: '',
        targetDate: '2026-11-30',
        promisedDate: '2026-12-02',
        updateCadenceDays: 5,
      },
      teamId: TEST_TEAM,
      source,
      requestedAt: NOW.toISOString(),
    },
    settings,
    ctx,
  );
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  return store.create(acknowledge(created.value, ctx));
}

const meetingSource = (keys: { iCalUId?: string; joinUrl?: string }): CommitmentSource => ({
  kind: 'meeting',
  ...keys,
  subject: meeting.subject,
  start: meeting.start,
  end: meeting.end,
});

/**
 * Types a promise the way a person in the meeting does: title, Tab, a name, Enter picks, Enter adds.
 * jsdom loses the focus on Tab inside Fluent's focus manager (tabster), so the Tab is a focus() here;
 * the browser test presses the real Tab key.
 */
async function addByKeyboard(user: ReturnType<typeof userEvent.setup>, title: string, who: string) {
  await user.click(screen.getByRole('textbox', { name: /What was promised/ }));
  await user.keyboard(title);
  const customer = await screen.findByRole('combobox', { name: /To whom/ });
  act(() => customer.focus());
  await user.keyboard(who);
  await user.keyboard('{Enter}');
  await user.keyboard('{Enter}');
}

const list = () => screen.getByRole('list', { name: /promise/ });

describe('MeetingChecklist', () => {
  // First in the file: the plan editor is not loaded yet (its module is compiled, as a browser has it
  // from its cache: compiled on the spot, a busy machine takes longer than the time after which the
  // row shows a spinner for a slow network).
  it('"Add plan" shows the editor as soon as its code arrives, with no spinner on the way', async () => {
    await import('./PlanEditor');
    const store = createLocalStore({ dbName: 'test' });
    await seed(store, 'Fix the export', meetingSource({ iCalUId: 'ical-review' }));
    await setup({ store });
    const form = await expectShowsWithoutSpinner(
      await screen.findByRole('button', { name: 'Add plan: Fix the export' }),
      PlanEditor,
      () => screen.findByRole('form', { name: 'Plan for “Fix the export”' }),
    );
    expect(within(form).getByRole('textbox', { name: 'Step 1' })).toBeTruthy();
  });

  it('starts empty, with the suggested promised date and why', async () => {
    await setup();
    expect(screen.getByRole('heading', { name: 'Promises in this meeting' })).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'No promises yet' })).toBeTruthy();
    const date = screen.getByLabelText(/Promised by/) as HTMLInputElement;
    await waitFor(() => expect(date.value).toBe('2026-12-02'));
    expect(screen.getByText(/^Suggested Wed, 2 Dec 2026\./)).toBeTruthy();
    // The owner defaults to me (in the picker, which loads as the form first shows).
    expect((await screen.findByRole('combobox', { name: /Who promised/ })).textContent).toContain('Avery Chen (me)');
  });

  it('adds a promise with the keyboard only: owner me, customer an attendee, both meeting keys, acknowledged', async () => {
    const { store, user } = await setup();
    await addByKeyboard(user, 'Send the Q3 figures', 'Sam');

    const row = await within(await screen.findByRole('list', { name: /1 promise/ })).findByRole('listitem');
    expect(within(row).getByText('Avery Chen promised Sam Rivera, by Wed, 2 Dec 2026')).toBeTruthy();
    expect(within(row).getByText('On track')).toBeTruthy();
    expect(within(row).getByRole('checkbox', { name: 'Send the Q3 figures' })).toBeTruthy();

    const [stored] = await store.findBySource({ kind: 'meeting', iCalUId: 'ical-review' });
    expect(stored).toMatchObject({
      title: 'Send the Q3 figures',
      owner: demoUser,
      customer: sam,
      teamId: TEST_TEAM,
      targetDate: '2026-11-30',
      promisedDate: '2026-12-02',
      acknowledgedAt: NOW.toISOString(),
      source: { kind: 'meeting', iCalUId: 'ical-review', joinUrl: meeting.joinUrl, subject: meeting.subject },
    });
    // Ready for the next promise at once.
    const title = screen.getByRole('textbox', { name: /What was promised/ }) as HTMLInputElement;
    expect(title.value).toBe('');
    expect(document.activeElement).toBe(title);
    expect(screen.getByText('Added “Send the Q3 figures” for Sam Rivera, by Wed, 2 Dec 2026.')).toBeTruthy();
  });

  it('says what is missing and puts the focus there', async () => {
    const { store, user } = await setup();
    await user.click(screen.getByRole('button', { name: 'Add promise' }));
    expect(await screen.findByText('Give the commitment a title, for example what was asked for.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: /What was promised/ }));

    await user.keyboard('Book the room');
    act(() => screen.getByRole('combobox', { name: /To whom/ }).focus());
    await user.keyboard('somebody');
    await user.keyboard('{Escape}{Enter}');
    expect(await screen.findByText(/Pick an attendee, or type an email address/)).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: /To whom/ }));
    expect(await store.list()).toHaveLength(0);
  });

  it('takes a typed address for someone who is not an attendee, and another attendee as owner', async () => {
    const { store, user } = await setup();
    await user.type(screen.getByRole('textbox', { name: /What was promised/ }), 'Share the dashboard');
    await user.click(screen.getByRole('combobox', { name: /To whom/ }));
    await user.paste('Grace Okafor <grace.okafor@contoso.example>');
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('combobox', { name: /Who promised/ }));
    await user.click(await screen.findByRole('option', { name: 'Noor Aziz' }));
    await user.click(screen.getByRole('button', { name: 'Add promise' }));

    await screen.findByText('Noor Aziz promised Grace Okafor, by Wed, 2 Dec 2026');
    const [stored] = await store.list();
    expect(stored?.customer).toEqual({ name: 'Grace Okafor', email: 'grace.okafor@contoso.example' });
    expect(stored?.owner).toEqual(noor);
  });

  it('rejects a promised date in the past with the domain’s words', async () => {
    const { store, user } = await setup();
    await user.type(screen.getByRole('textbox', { name: /What was promised/ }), 'Old news');
    await user.click(screen.getByRole('combobox', { name: /To whom/ }));
    await user.paste('sam.rivera@contoso.example');
    await user.keyboard('{Escape}');
    const date = screen.getByLabelText(/Promised by/);
    // jsdom's date input takes no keystrokes; a browser's date picker sets the value like this.
    fireEvent.change(date, { target: { value: '2026-11-01' } });
    await user.click(date);
    await user.keyboard('{Enter}');
    expect(await screen.findByText('The promised date is in the past. Choose today or a later date.')).toBeTruthy();
    expect(await store.list()).toHaveLength(0);
  });

  it('finds the meeting’s promises by either key: iCalUId (Outlook) or join URL (Teams)', async () => {
    const store = createLocalStore({ dbName: 'test' });
    await seed(store, 'From Outlook', meetingSource({ iCalUId: 'ical-review' }));
    await seed(store, 'From Teams', meetingSource({ joinUrl: meeting.joinUrl ?? '' }));
    await seed(store, 'Another meeting', meetingSource({ iCalUId: 'other', joinUrl: 'https://teams.example/other' }));
    await setup({ store });
    const items = await within(await screen.findByRole('list', { name: /2 promises/ })).findAllByRole('listitem');
    expect(items.map((i) => within(i).getByRole('checkbox').getAttribute('aria-describedby'))).toHaveLength(2);
    expect(screen.getByRole('checkbox', { name: 'From Outlook' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'From Teams' })).toBeTruthy();
    expect(screen.queryByRole('checkbox', { name: 'Another meeting' })).toBeNull();
  });

  it('a row found by one key learns the other, so every surface finds it', async () => {
    const store = createLocalStore({ dbName: 'test' });
    const fromTeams = await seed(store, 'From Teams', meetingSource({ joinUrl: meeting.joinUrl ?? '' }));
    await setup({ store });
    await screen.findByRole('checkbox', { name: 'From Teams' });
    await waitFor(async () => expect((await store.get(fromTeams.id)).source).toMatchObject({ iCalUId: 'ical-review' }));
    expect(await store.findBySource({ kind: 'meeting', iCalUId: 'ical-review' })).toHaveLength(1);
  });

  it('ticks a row with Space, confirms with Enter: delivered, with the note, and it cannot be unticked', async () => {
    const store = createLocalStore({ dbName: 'test' });
    const seeded = await seed(store, 'Fix the export', meetingSource({ iCalUId: 'ical-review' }));
    const { user } = await setup({ store });
    const box = await screen.findByRole('checkbox', { name: 'Fix the export' });
    box.focus();
    await user.keyboard(' ');
    const group = await screen.findByRole('group', { name: 'Mark “Fix the export” as delivered' });
    const note = within(group).getByRole('textbox', { name: /Delivery note/ }) as HTMLInputElement;
    expect(document.activeElement).toBe(note);
    expect(note.value).toBe('Done, as promised in “Weekly service review”.');
    expect(within(group).getByText('This records the delivery. It cannot be unticked afterwards.')).toBeTruthy();
    await user.keyboard('{Enter}');

    await waitFor(async () => expect((await store.get(seeded.id)).deliveredAt).toBe(NOW.toISOString()));
    const delivered = await store.get(seeded.id);
    expect(delivered.history.at(-1)).toMatchObject({
      kind: 'delivered',
      note: 'Done, as promised in “Weekly service review”.',
    });
    const ticked = await screen.findByRole('checkbox', { name: 'Fix the export' });
    await waitFor(() => expect((ticked as HTMLInputElement).checked).toBe(true));
    expect((ticked as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByText(/Delivered Wed, 25 Nov 2026/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Add plan/ })).toBeNull();
  });

  it('Escape in the confirmation delivers nothing and gives the focus back to the tick box', async () => {
    const store = createLocalStore({ dbName: 'test' });
    const seeded = await seed(store, 'Fix the export', meetingSource({ iCalUId: 'ical-review' }));
    const { user } = await setup({ store });
    const box = await screen.findByRole('checkbox', { name: 'Fix the export' });
    await user.click(box);
    await screen.findByRole('group', { name: /as delivered/ });
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: /as delivered/ })).toBeNull();
    expect(document.activeElement).toBe(box);
    expect((box as HTMLInputElement).checked).toBe(false);
    expect((await store.get(seeded.id)).deliveredAt).toBeUndefined();
  });

  it('delivers the newest version when another attendee changed the row meanwhile', async () => {
    const inner = createLocalStore({ dbName: 'test' });
    // Remote changes are not announced (as on Graph until the next sync), so the row on screen is stale.
    const quiet: CommitmentStore = { ...inner, subscribe: () => () => undefined };
    const bothKeys = meetingSource({ iCalUId: 'ical-review', joinUrl: meeting.joinUrl ?? '' });
    const seeded = await seed(inner, 'Fix the export', bothKeys);
    const { user } = await setup({ store: quiet });
    await screen.findByRole('checkbox', { name: 'Fix the export' });
    await inner.update({ ...seeded, acceptanceCriteria: 'CSV opens in Excel' });

    await user.click(screen.getByRole('checkbox', { name: 'Fix the export' }));
    await user.click(await screen.findByRole('button', { name: 'Mark delivered' }));
    await waitFor(async () => expect((await inner.get(seeded.id)).deliveredAt).toBeDefined());
    expect((await inner.get(seeded.id)).acceptanceCriteria).toBe('CSV opens in Excel');
  });

  it('"Add plan" turns a row into a full commitment, in place', async () => {
    const store = createLocalStore({ dbName: 'test' });
    const seeded = await seed(store, 'Fix the export', meetingSource({ iCalUId: 'ical-review' }));
    const { user } = await setup({ store });
    await user.click(await screen.findByRole('button', { name: 'Add plan: Fix the export' }));
    const form = await screen.findByRole('form', { name: 'Plan for “Fix the export”' });
    const step1 = within(form).getByRole('textbox', { name: 'Step 1' });
    // The editor moves the focus in an effect after it shows: on a loaded machine the form can be
    // found a moment before that effect runs.
    await waitFor(() => expect(document.activeElement).toBe(step1));
    await user.keyboard('Reproduce the bug');
    await user.type(within(form).getByLabelText('Step 1 due by'), '2026-11-27');
    await user.click(within(form).getByRole('button', { name: 'Add step' }));
    expect(document.activeElement).toBe(within(form).getByRole('textbox', { name: 'Step 2' }));
    await user.keyboard('Ship the fix');
    await user.type(within(form).getByRole('textbox', { name: /Done means/ }), 'The CSV opens in Excel');
    await user.click(within(form).getByRole('button', { name: 'Save plan' }));

    await waitFor(() => expect(screen.queryByRole('form', { name: /Plan for/ })).toBeNull());
    const saved = await store.get(seeded.id);
    expect(saved.steps.map((s) => [s.text, s.dueDate])).toEqual([
      ['Reproduce the bug', '2026-11-27'],
      ['Ship the fix', undefined],
    ]);
    expect(saved.acceptanceCriteria).toBe('The CSV opens in Excel');
    expect(await screen.findByText(/0 of 2 steps done/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Edit plan: Fix the export' })).toBeTruthy();
  });

  it('the plan editor shows the domain’s message beside the field and keeps what was typed', async () => {
    const store = createLocalStore({ dbName: 'test' });
    const seeded = await seed(store, 'Fix the export', meetingSource({ iCalUId: 'ical-review' }));
    const { user } = await setup({ store });
    await user.click(await screen.findByRole('button', { name: 'Add plan: Fix the export' }));
    const form = await screen.findByRole('form', { name: /Plan for/ });
    await user.keyboard('Late step');
    await user.type(within(form).getByLabelText('Step 1 due by'), '2026-12-20');
    await user.click(within(form).getByRole('button', { name: 'Save plan' }));
    expect(await within(form).findByText(/This step is due after the promised date/)).toBeTruthy();
    expect((within(form).getByRole('textbox', { name: 'Step 1' }) as HTMLInputElement).value).toBe('Late step');
    expect((await store.get(seeded.id)).steps).toHaveLength(0);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('form', { name: /Plan for/ })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add plan: Fix the export' }));
  });

  it('"Send recap" drafts an email to the attendees (not me) with every promise, owner and date', async () => {
    const store = createLocalStore({ dbName: 'test' });
    await seed(store, 'Fix the export', meetingSource({ iCalUId: 'ical-review' }), sam);
    await seed(store, 'Update the runbook', meetingSource({ joinUrl: meeting.joinUrl ?? '' }), noor);
    const { user } = await setup({ store });
    await screen.findByRole('list', { name: /2 promises/ });
    await user.click(screen.getByRole('button', { name: 'Send recap' }));
    const dialog = await screen.findByRole('dialog', { name: 'Draft for the meeting’s attendees' });
    expect(
      within(dialog).getByText(/Sam Rivera <sam.rivera@contoso.example>; Noor Aziz <noor.aziz@contoso.example>/),
    ).toBeTruthy();
    expect(within(dialog).queryByText(/avery.chen/)).toBeNull();
    expect(within(dialog).getByText('Recap: Weekly service review')).toBeTruthy();
    const body = (within(dialog).getByRole('textbox') as HTMLTextAreaElement).value;
    expect(body).toContain('Fix the export — Sam Rivera for Priya Natarajan, by 2 Dec 2026');
    expect(body).toContain('Update the runbook — Noor Aziz for Priya Natarajan, by 2 Dec 2026');
  });

  describe('the recap in the meeting chat', () => {
    const CHAT = '19:meeting_review@thread.v2';
    const inTeams: Meeting = { ...meeting, chatId: CHAT };
    const teamwork = (postToChat: (chatId: string, post: TeamsPost) => Promise<void>): HostTeamwork => ({
      notify: vi.fn(async () => undefined),
      postToChat,
    });

    it('is offered only in a Teams meeting with a chat, where Kept can post in Teams', async () => {
      const store = createLocalStore({ dbName: 'test' });
      await seed(store, 'Fix the export', meetingSource({ iCalUId: 'ical-review' }), sam);
      await setup({ store, meeting: meeting, teamwork: teamwork(vi.fn()) });
      await screen.findByRole('list', { name: /1 promise/ });
      expect(screen.queryByRole('button', { name: 'Post recap in the meeting chat' })).toBeNull();
    });

    it('posts the edited recap in the meeting’s chat, as escaped HTML', async () => {
      const store = createLocalStore({ dbName: 'test' });
      await seed(store, 'Fix the export', meetingSource({ iCalUId: 'ical-review' }), sam);
      const postToChat = vi.fn(async () => undefined);
      const { user } = await setup({ store, meeting: inTeams, teamwork: teamwork(postToChat) });
      await screen.findByRole('list', { name: /1 promise/ });
      await user.click(screen.getByRole('button', { name: 'Post recap in the meeting chat' }));
      const dialog = await screen.findByRole('dialog', { name: 'Recap for the meeting chat' });
      const body = within(dialog).getByRole('textbox', { name: 'Recap' }) as HTMLTextAreaElement;
      expect(body.value).toContain('Fix the export — Sam Rivera for Priya Natarajan, by 2 Dec 2026');
      fireEvent.change(body, { target: { value: `${body.value}\n\n<b>Thanks</b>` } });
      const postButton = within(dialog).getByRole('button', { name: 'Post in the meeting chat' });
      await user.click(postButton);
      expect(await within(dialog).findByText('Posted in the meeting chat.')).toBeTruthy();
      // The focus stays in the dialog (on the button, now disabled), so Escape still closes it.
      expect(document.activeElement).toBe(postButton);
      expect(postButton.getAttribute('aria-disabled')).toBe('true');
      expect(postToChat).toHaveBeenCalledTimes(1);
      const [chatId, post] = postToChat.mock.calls[0] as unknown as [string, TeamsPost];
      expect(chatId).toBe(CHAT);
      expect(post.subject).toBe('Recap: Weekly service review');
      expect(post.html).toContain('&lt;b&gt;Thanks&lt;/b&gt;');
      expect(post.html).not.toContain('<b>');
    });

    it.each([
      ['throttled', 'Teams asked Kept to slow down; try again in a minute.'],
      ['forbidden', 'Microsoft 365 refused (is Kept installed for them in Teams, and may Kept post there for you?).'],
    ] as const)('a post Teams refuses (%s) says why and keeps the text', async (code, words) => {
      const store = createLocalStore({ dbName: 'test' });
      await seed(store, 'Fix the export', meetingSource({ iCalUId: 'ical-review' }), sam);
      const postToChat = vi.fn(async () => {
        throw new TeamworkError(code, `Graph said ${code}`);
      });
      const { user } = await setup({ store, meeting: inTeams, teamwork: teamwork(postToChat) });
      await screen.findByRole('list', { name: /1 promise/ });
      await user.click(screen.getByRole('button', { name: 'Post recap in the meeting chat' }));
      const dialog = await screen.findByRole('dialog', { name: 'Recap for the meeting chat' });
      const body = within(dialog).getByRole('textbox', { name: 'Recap' }) as HTMLTextAreaElement;
      fireEvent.change(body, { target: { value: 'My own words' } });
      await user.click(within(dialog).getByRole('button', { name: 'Post in the meeting chat' }));
      const alert = await within(dialog).findByRole('alert');
      expect(alert.textContent).toBe(`Not posted: ${words} Your text is kept.`);
      expect((within(dialog).getByRole('textbox', { name: 'Recap' }) as HTMLTextAreaElement).value).toBe(
        'My own words',
      );
      expect(within(dialog).getByRole('button', { name: 'Post in the meeting chat' })).toBeTruthy();
    });
  });

  it('the recap button explains itself while there is nothing to recap', async () => {
    const { user } = await setup();
    const button = await screen.findByRole('button', { name: 'Send recap' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByText('The recap lists the promises; add one first.')).toBeTruthy();
    await user.click(button);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('shows another attendee’s new promise when the window gets the focus again, without a reload', async () => {
    const inner = createLocalStore({ dbName: 'test' });
    let syncs = 0;
    const quiet: CommitmentStore = {
      ...inner,
      subscribe: () => () => undefined,
      sync: () => {
        syncs++;
        return inner.sync();
      },
    };
    await setup({ store: quiet });
    await screen.findByRole('heading', { name: 'No promises yet' });
    await seed(inner, 'Added by Sam elsewhere', meetingSource({ joinUrl: meeting.joinUrl ?? '' }));
    expect(screen.queryByRole('checkbox', { name: 'Added by Sam elsewhere' })).toBeNull();
    act(() => {
      window.dispatchEvent(new Event('focus'));
    });
    expect(await screen.findByRole('checkbox', { name: 'Added by Sam elsewhere' })).toBeTruthy();
    expect(syncs).toBe(1);
    expect(await screen.findByText(/Up to date as of/)).toBeTruthy();
  });

  it('a pinned pane that moves to another meeting starts clean on that meeting', async () => {
    const store = createLocalStore({ dbName: 'test' });
    await seed(store, 'Other meeting promise', meetingSource({ iCalUId: 'ical-other' }));
    const other: Meeting = {
      ...meeting,
      iCalUId: 'ical-other',
      joinUrl: 'https://teams.example/other',
      subject: 'Other',
    };
    function Pane() {
      const [current, setCurrent] = useState(meeting);
      return (
        <>
          <button onClick={() => setCurrent(other)}>Select the other meeting</button>
          <MeetingChecklist meeting={current} />
        </>
      );
    }
    const user = userEvent.setup({ delay: null });
    renderWithServices(<Pane />, testServices({ store, now: NOW }));
    await screen.findByRole('heading', { name: 'No promises yet' });
    await user.type(screen.getByRole('textbox', { name: /What was promised/ }), 'Half typed');
    await user.click(screen.getByRole('button', { name: 'Select the other meeting' }));
    expect(await screen.findByRole('checkbox', { name: 'Other meeting promise' })).toBeTruthy();
    expect((screen.getByRole('textbox', { name: /What was promised/ }) as HTMLInputElement).value).toBe('');
  });

  it('without attendees from the host, the recap goes to the people in the rows', async () => {
    const store = createLocalStore({ dbName: 'test' });
    await seed(store, 'Fix the export', meetingSource({ iCalUId: 'ical-review' }), sam);
    const { user } = await setup({ store, meeting: { ...meeting, attendees: [] } });
    await screen.findByRole('checkbox', { name: 'Fix the export' });
    await user.click(screen.getByRole('button', { name: 'Send recap' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/Sam Rivera <sam.rivera@contoso.example>; Priya Natarajan/)).toBeTruthy();
  });

  it('a new, unsaved meeting (no keys yet) explains why nothing can be added', async () => {
    const { iCalUId: _i, joinUrl: _j, ...unsaved } = meeting;
    await setup({ meeting: unsaved });
    expect(await screen.findByText(/Save the meeting first/)).toBeTruthy();
    expect((screen.getByRole('textbox', { name: /What was promised/ }) as HTMLInputElement).disabled).toBe(true);
  });

  it('a saved Outlook meeting whose keys could not be looked up says it needs Microsoft 365, not saving', async () => {
    const { iCalUId: _i, joinUrl: _j, ...withoutKeys } = meeting;
    await setup({ meeting: { ...withoutKeys, itemId: 'AAMkAGI2TG93AAA=' } });
    expect(await screen.findByText('Kept needs Microsoft 365 sign-in to recognise this meeting.')).toBeTruthy();
    expect(screen.queryByText(/Save the meeting first/)).toBeNull();
    expect((screen.getByRole('textbox', { name: /What was promised/ }) as HTMLInputElement).disabled).toBe(true);
  });

  it('a Teams meeting known only by its chat (no sign-in) says it needs Microsoft 365, not saving', async () => {
    const { iCalUId: _i, joinUrl: _j, ...withoutKeys } = meeting;
    await setup({ meeting: { ...withoutKeys, chatId: '19:meeting_abc@thread.v2' } });
    expect(await screen.findByText('Kept needs Microsoft 365 sign-in to recognise this meeting.')).toBeTruthy();
    expect(screen.queryByText(/Save the meeting first/)).toBeNull();
  });

  it('while the keys of an Outlook meeting are being looked up, it says so instead of asking for sign-in', async () => {
    const { iCalUId: _i, joinUrl: _j, ...withoutKeys } = meeting;
    await setup({ meeting: { ...withoutKeys, itemId: 'AAMkAGI2TG93AAA=', keysPending: true } });
    expect(await screen.findByText('Finding this meeting in your calendar…')).toBeTruthy();
    expect(screen.queryByText(/Microsoft 365 sign-in/)).toBeNull();
  });

  it('when the keys of the Outlook meeting arrive later, it shows the promises made in Teams', async () => {
    const store = createLocalStore({ dbName: 'test' });
    // Stored from the Teams side panel, which knows the meeting by its join URL only.
    const joinUrl = 'https://teams.microsoft.com/l/meetup-join/review';
    await seed(store, 'Send the Q3 figures', meetingSource({ joinUrl }));
    const { iCalUId: _i, joinUrl: _j, ...withoutKeys } = meeting;
    const fromOutlook: Meeting = { ...withoutKeys, itemId: 'AAMkAGI2TG93AAA=' };
    function Pane() {
      const [current, setCurrent] = useState(fromOutlook);
      return (
        <>
          <button onClick={() => setCurrent({ ...fromOutlook, iCalUId: 'ical-review', joinUrl })}>Keys found</button>
          <MeetingChecklist meeting={current} />
        </>
      );
    }
    const user = userEvent.setup({ delay: null });
    renderWithServices(<Pane />, testServices({ store, now: NOW }));
    await screen.findByText('Kept needs Microsoft 365 sign-in to recognise this meeting.');
    await user.click(screen.getByRole('button', { name: 'Keys found' }));
    expect(await screen.findByRole('checkbox', { name: 'Send the Q3 figures' })).toBeTruthy();
    expect(screen.queryByText(/Microsoft 365 sign-in/)).toBeNull();
  });

  it('renders right-to-left without losing anything', async () => {
    const store = createLocalStore({ dbName: 'test' });
    await seed(store, 'تحديث لوحة المعلومات', meetingSource({ iCalUId: 'ical-review' }));
    const services = testServices({ store, now: NOW, locale: 'ar' });
    renderWithServices(
      <div dir="rtl">
        <MeetingChecklist meeting={meeting} />
      </div>,
      services,
    );
    expect(await screen.findByRole('checkbox', { name: 'تحديث لوحة المعلومات' })).toBeTruthy();
    expect(list()).toBeTruthy();
    expect(services.host.dir).toBe('rtl');
  });
});
