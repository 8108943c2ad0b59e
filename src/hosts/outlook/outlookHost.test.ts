/// <reference types="office-js" />
import { describe, expect, it } from 'vitest';
import type { HostItem } from '../HostContext';
import { address, failed, fakeOffice, getter, succeeded } from './fakeOffice';
import type { OfficeItemLike, OfficeLike, OfficeMailboxLike } from './officeLike';
import { createOutlookHostFrom, OUTLOOK_BODY_LIMIT } from './outlookHost';

const OVERVIEW = 'https://kept.example/overview.html';

const message = (overrides: Partial<OfficeItemLike> = {}): OfficeItemLike => ({
  itemType: 'message',
  itemId: 'AAMk/ews+id=',
  subject: 'Refresh the <revenue> dashboard',
  from: address('Priya Raman', 'priya@contoso.example'),
  to: [address('Avery Owner', 'avery@contoso.example')],
  internetMessageId: '<ask-1@contoso.example>',
  conversationId: 'conv-1',
  dateTimeCreated: new Date('2026-11-25T08:00:00Z'),
  ...overrides,
});

const attendeeAppointment: OfficeItemLike = {
  itemType: 'appointment',
  itemId: 'AAMk-appt',
  subject: 'Quarterly planning',
  organizer: address('Priya Raman', 'priya@contoso.example'),
  requiredAttendees: [address('Avery Owner', 'avery@contoso.example')],
  optionalAttendees: [address('Sam Lee', 'sam@contoso.example')],
  start: new Date('2026-11-26T09:00:00Z'),
  end: new Date('2026-11-26T10:00:00Z'),
};

const organizerAppointment: OfficeItemLike = {
  itemType: 'appointment',
  itemId: null,
  subject: getter('Weekly service review'),
  organizer: getter(address('Avery Owner', 'avery@contoso.example')),
  requiredAttendees: getter([address('Sam Lee', 'sam@contoso.example')]),
  optionalAttendees: getter<Office.EmailAddressDetails[]>([]),
  start: getter(new Date('2026-11-27T14:00:00Z')),
  end: getter(new Date('2026-11-27T14:30:00Z')),
};

const draft = { mode: 'reply' as const, subject: 'Plan: dashboard', html: '<p>The plan</p>', text: 'The plan' };

describe('Outlook host: reading the item', () => {
  it('reads a message with a REST id, sender and arrival time', async () => {
    const host = await createOutlookHostFrom(fakeOffice({ item: message() }), { overviewUrl: OVERVIEW });
    expect(host.currentItem()).toEqual({
      kind: 'email',
      internetMessageId: '<ask-1@contoso.example>',
      conversationId: 'conv-1',
      itemId: 'rest(v2.0):AAMk-ews_id=',
      subject: 'Refresh the <revenue> dashboard',
      from: { name: 'Priya Raman', email: 'priya@contoso.example' },
      to: [{ name: 'Avery Owner', email: 'avery@contoso.example' }],
      receivedAt: '2026-11-25T08:00:00.000Z',
    });
    expect(host.user).toEqual({ name: 'Avery Owner', email: 'avery@contoso.example' });
    expect(host.kind).toBe('outlook');
  });

  it('reads an appointment as attendee from plain values', async () => {
    const host = await createOutlookHostFrom(fakeOffice({ item: attendeeAppointment }), { overviewUrl: OVERVIEW });
    expect(host.currentItem()).toEqual({
      kind: 'meeting',
      itemId: 'rest(v2.0):AAMk-appt',
      subject: 'Quarterly planning',
      organizer: { name: 'Priya Raman', email: 'priya@contoso.example' },
      attendees: [
        { name: 'Avery Owner', email: 'avery@contoso.example' },
        { name: 'Sam Lee', email: 'sam@contoso.example' },
      ],
      start: '2026-11-26T09:00:00.000Z',
      end: '2026-11-26T10:00:00.000Z',
      isOrganizer: false,
    });
  });

  it('reads an appointment as organizer through the async getters of compose mode', async () => {
    const host = await createOutlookHostFrom(fakeOffice({ item: organizerAppointment }), { overviewUrl: OVERVIEW });
    const item = host.currentItem();
    expect(item).toMatchObject({
      kind: 'meeting',
      subject: 'Weekly service review',
      organizer: { email: 'avery@contoso.example' },
      attendees: [{ name: 'Sam Lee', email: 'sam@contoso.example' }],
      start: '2026-11-27T14:00:00.000Z',
      end: '2026-11-27T14:30:00.000Z',
      isOrganizer: true,
    });
    // Office.js exposes neither: documented in readItem.ts rather than guessed from the body.
    expect(item).not.toHaveProperty('iCalUId');
    expect(item).not.toHaveProperty('joinUrl');
    // Compose mode has no itemId property, and this "Outlook" has no getItemIdAsync.
    expect(item).not.toHaveProperty('itemId');
  });

  it('gives a saved appointment being organized its REST id (getItemIdAsync), an unsaved one none', async () => {
    const saved: OfficeItemLike = {
      ...organizerAppointment,
      getItemIdAsync: (callback: (result: Office.AsyncResult<string>) => void) => callback(succeeded('AAMk/organized')),
    };
    const savedHost = await createOutlookHostFrom(fakeOffice({ item: saved }), { overviewUrl: OVERVIEW });
    expect(savedHost.currentItem()).toMatchObject({ kind: 'meeting', itemId: 'rest(v2.0):AAMk-organized' });

    const unsaved: OfficeItemLike = {
      ...organizerAppointment,
      getItemIdAsync: (callback: (result: Office.AsyncResult<string>) => void) =>
        callback(failed('ItemNotSaved', 'The ID can’t be retrieved until the item is saved.')),
    };
    const unsavedHost = await createOutlookHostFrom(fakeOffice({ item: unsaved }), { overviewUrl: OVERVIEW });
    const item = unsavedHost.currentItem();
    expect(item).toMatchObject({ kind: 'meeting', subject: 'Weekly service review', isOrganizer: true });
    expect(item).not.toHaveProperty('itemId');
  });

  it('hands the store the REST form of an EWS id with both of base64’s own characters ("/"→"-", "+"→"_")', async () => {
    const office = fakeOffice({ item: { ...attendeeAppointment, itemId: 'AAMk+appt/F+4=' } });
    const host = await createOutlookHostFrom(office, { overviewUrl: OVERVIEW });
    expect(host.currentItem()).toMatchObject({ itemId: 'rest(v2.0):AAMk_appt-F_4=' });
  });

  it('keeps an id Outlook cannot convert as it was, and gives an empty id none', async () => {
    const office = fakeOffice({ item: attendeeAppointment });
    office.context.mailbox.convertToRestId = () => {
      throw new Error('Not supported');
    };
    const host = await createOutlookHostFrom(office, { overviewUrl: OVERVIEW });
    expect(host.currentItem()).toMatchObject({ itemId: 'AAMk-appt' });
    const blank = await createOutlookHostFrom(fakeOffice({ item: { ...attendeeAppointment, itemId: '' } }), {
      overviewUrl: OVERVIEW,
    });
    expect(blank.currentItem()).not.toHaveProperty('itemId');
  });

  it('gives no item for a message being composed or nothing selected', async () => {
    const { from: _from, internetMessageId: _id, ...rest } = message();
    const composing: OfficeItemLike = { ...rest, subject: getter('Draft') };
    expect(
      (await createOutlookHostFrom(fakeOffice({ item: composing }), { overviewUrl: OVERVIEW })).currentItem(),
    ).toBe(undefined);
    expect((await createOutlookHostFrom(fakeOffice({ item: null }), { overviewUrl: OVERVIEW })).currentItem()).toBe(
      undefined,
    );
  });

  it('follows ItemChanged in a pinned pane', async () => {
    const office = fakeOffice({ item: message() });
    const host = await createOutlookHostFrom(office, { overviewUrl: OVERVIEW });
    const seen: (HostItem | undefined)[] = [];
    const stop = host.onItemChanged((item) => seen.push(item));
    office.select(message({ internetMessageId: '<ask-2@contoso.example>', subject: 'Second' }));
    await vi_waitFor(() => seen.length === 1);
    expect(seen[0]).toMatchObject({ kind: 'email', subject: 'Second' });
    expect(host.currentItem()).toMatchObject({ internetMessageId: '<ask-2@contoso.example>' });
    office.select(null);
    await vi_waitFor(() => seen.length === 2);
    expect(seen[1]).toBeUndefined();
    office.select(attendeeAppointment);
    await vi_waitFor(() => seen.length === 3);
    expect(seen[2]).toMatchObject({ kind: 'meeting', itemId: 'rest(v2.0):AAMk-appt' });
    stop();
    office.select(message());
    await Promise.resolve();
    expect(seen).toHaveLength(3);
  });
});

describe('Outlook host: drafts', () => {
  it('opens the reply and reply-all forms with the HTML body', async () => {
    const office = fakeOffice({ item: message() });
    const host = await createOutlookHostFrom(office, { overviewUrl: OVERVIEW });
    expect(await host.openDraft(draft)).toBe('opened');
    expect(await host.openDraft({ ...draft, mode: 'reply-all' })).toBe('opened');
    expect(office.replies).toEqual([
      { mode: 'reply', formData: { htmlBody: '<p>The plan</p>' } },
      { mode: 'reply-all', formData: { htmlBody: '<p>The plan</p>' } },
    ]);
  });

  it('opens a new message for mode new, and for a reply on an appointment being organized', async () => {
    const office = fakeOffice({ item: organizerAppointment });
    const host = await createOutlookHostFrom(office, { overviewUrl: OVERVIEW });
    const to = [{ name: 'Priya Raman', email: 'priya@contoso.example' }];
    expect(await host.openDraft({ ...draft, mode: 'new', to })).toBe('opened');
    expect(await host.openDraft({ ...draft, to })).toBe('opened');
    expect(office.newMessages).toEqual([
      { toRecipients: ['priya@contoso.example'], subject: 'Plan: dashboard', htmlBody: '<p>The plan</p>' },
      { toRecipients: ['priya@contoso.example'], subject: 'Plan: dashboard', htmlBody: '<p>The plan</p>' },
    ]);
  });

  it('shows the draft in the app where Outlook has no new-message form, and refuses bodies over 32 KB', async () => {
    const office = fakeOffice({ item: organizerAppointment, supported: ['1.1', '1.5'] });
    const host = await createOutlookHostFrom(office, { overviewUrl: OVERVIEW });
    expect(await host.openDraft({ ...draft, mode: 'new' })).toBe('show-in-app');
    await expect(host.openDraft({ ...draft, html: 'x'.repeat(OUTLOOK_BODY_LIMIT + 1) })).rejects.toThrow(/32 KB/);
  });
});

describe('Outlook host: categories', () => {
  it('creates the master category once and tags the email', async () => {
    const office = fakeOffice({ item: message() });
    const host = await createOutlookHostFrom(office, { overviewUrl: OVERVIEW });
    expect(await host.tagCurrentItem('Kept')).toBe(true);
    expect(await host.tagCurrentItem('Kept')).toBe(true);
    expect(office.masterCategories).toEqual([{ displayName: 'Kept', color: 'Preset4' }]);
    expect(office.itemCategories).toEqual(['Kept', 'Kept']);
  });

  it('resolves false without an error below Mailbox 1.8, without permission, or on a meeting', async () => {
    const old = fakeOffice({ item: message(), supported: ['1.1', '1.5', '1.6', '1.7'] });
    expect(await (await createOutlookHostFrom(old, { overviewUrl: OVERVIEW })).tagCurrentItem('Kept')).toBe(false);
    expect(old.itemCategories).toEqual([]);

    const denied = fakeOffice({ item: message() });
    denied.masterAddError = 'PermissionDenied';
    expect(await (await createOutlookHostFrom(denied, { overviewUrl: OVERVIEW })).tagCurrentItem('Kept')).toBe(false);
    expect(denied.itemCategories).toEqual([]);

    const meeting = fakeOffice({ item: attendeeAppointment });
    expect(await (await createOutlookHostFrom(meeting, { overviewUrl: OVERVIEW })).tagCurrentItem('Kept')).toBe(false);
  });
});

describe('Outlook host: theme, locale, links', () => {
  it('takes the theme from the body colour and follows OfficeThemeChanged where supported', async () => {
    const office = fakeOffice({ item: message(), supported: ['1.1', '1.5', '1.8', '1.14'] });
    office.context.officeTheme = { bodyBackgroundColor: '#1F1F1F' };
    const host = await createOutlookHostFrom(office, { overviewUrl: OVERVIEW });
    expect(host.theme()).toBe('dark');
    const themes: string[] = [];
    host.onThemeChange((theme) => themes.push(theme));
    office.changeTheme('#FFFFFF');
    expect(themes).toEqual(['light']);
    expect(host.theme()).toBe('light');
  });

  it('below Mailbox 1.14 Outlook has no officeTheme, and Kept shows the light theme', async () => {
    const office = fakeOffice({ item: message(), supported: ['1.1', '1.5', '1.8'] });
    expect(office.context.officeTheme).toBeUndefined();
    const host = await createOutlookHostFrom(office, { overviewUrl: OVERVIEW });
    expect(host.theme()).toBe('light');
  });

  it('falls back to light for a missing or odd theme, and reads the display language', async () => {
    const office = fakeOffice({ item: message() });
    office.context.officeTheme = null;
    const host = await createOutlookHostFrom(office, { overviewUrl: OVERVIEW });
    expect(host.theme()).toBe('light');
    expect(host.locale).toBe('en-GB');
    expect(host.dir).toBe('ltr');
    expect(host.team()).toBeUndefined();
  });

  it('links a commitment to its team in Teams, or on the web — never to the standalone demo', async () => {
    const web = await createOutlookHostFrom(fakeOffice({ item: message() }), { overviewUrl: OVERVIEW });
    // Without the Teams app id (a build without KEPT_APP_ID): the team's overview on the web, signed in.
    expect(web.commitmentLink('c/1', 'group-1')).toBe(
      'https://kept.example/overview.html?host=web&team=group-1&commitment=c%2F1',
    );
    const inTeams = await createOutlookHostFrom(fakeOffice({ item: message() }), {
      overviewUrl: OVERVIEW,
      appId: '11111111-2222-3333-4444-555555555555',
    });
    const link = new URL(inTeams.commitmentLink('c/1', 'group-1'));
    expect(
      link.href.startsWith('https://teams.microsoft.com/l/entity/11111111-2222-3333-4444-555555555555/my-commitments?'),
    ).toBe(true);
    expect(JSON.parse(link.searchParams.get('context')!)).toEqual({
      subEntityId: JSON.stringify({ team: 'group-1', commitment: 'c/1' }),
    });
    expect(link.searchParams.get('webUrl')).toBe(web.commitmentLink('c/1', 'group-1'));
    for (const href of [web.commitmentLink('c/1', 'group-1'), link.href, link.searchParams.get('webUrl')!]) {
      const url = new URL(href);
      expect(url.searchParams.get('host') ?? 'teams').not.toBe('browser');
      expect(url.searchParams.has('host') || url.hostname === 'teams.microsoft.com').toBe(true);
    }
  });

  it("speaks Outlook's display language when Kept has it, else the browser's, else English", async () => {
    const inLanguage = (displayLanguage: string): OfficeLike => {
      const office = fakeOffice({ item: message() });
      return { ...office, context: { ...office.context, displayLanguage } };
    };
    const persian = await createOutlookHostFrom(inLanguage('fa-IR'), {
      overviewUrl: OVERVIEW,
      browserLanguages: ['fi'],
    });
    expect([persian.locale, persian.dir]).toEqual(['fa-IR', 'rtl']);
    const swedish = { overviewUrl: OVERVIEW, browserLanguages: ['sv', 'zh-SG'] };
    expect((await createOutlookHostFrom(inLanguage('sv-SE'), swedish)).locale).toBe('zh-SG');
    const neither = { overviewUrl: OVERVIEW, browserLanguages: ['sv'] };
    expect((await createOutlookHostFrom(inLanguage('sv-SE'), neither)).locale).toBe('en');
  });

  it('refuses to start without a mailbox (office.js outside Outlook)', async () => {
    const office = fakeOffice();
    const { mailbox: _mailbox, ...context } = office.context;
    const outside: OfficeLike = { ...office, context };
    await expect(createOutlookHostFrom(outside, { overviewUrl: OVERVIEW })).rejects.toThrow(/mailbox/);
  });
});

describe('OfficeLike matches the real Office.js types', () => {
  it('accepts the Office.js compose appointment where readItem asks for its id', () => {
    const fromReal = (item: Office.AppointmentCompose): Pick<OfficeItemLike, 'getItemIdAsync'> => item;
    expect(typeof fromReal).toBe('function');
  });

  it('accepts the Office.js mailbox where the host uses it', () => {
    // Compile-time: if @types/office-js and OfficeLike drift apart, typecheck fails here.
    const fromReal = (mailbox: Office.Mailbox): Omit<OfficeMailboxLike, 'item'> => mailbox;
    const replyOf = (item: Office.MessageRead): Pick<OfficeItemLike, 'displayReplyForm' | 'categories'> => item;
    expect(typeof fromReal).toBe('function');
    expect(typeof replyOf).toBe('function');
  });
});

/** Item reads are async (compose getters), so changes land a few microtasks later. */
async function vi_waitFor(done: () => boolean, attempts = 50): Promise<void> {
  for (let i = 0; i < attempts && !done(); i++) await new Promise((r) => setTimeout(r, 0));
  expect(done()).toBe(true);
}

describe('Outlook host: roaming preferences', () => {
  it('saves a preference to the mailbox and reads it back', async () => {
    const office = fakeOffice({ item: message() });
    const host = await createOutlookHostFrom(office, { overviewUrl: OVERVIEW });
    expect(host.preferences?.get('kept.team')).toBeUndefined();
    await host.preferences?.set('kept.team', '{"id":"g-1","name":"Data Platform"}');
    expect(office.savedSettings.get('kept.team')).toBe('{"id":"g-1","name":"Data Platform"}');
    expect(host.preferences?.get('kept.team')).toBe('{"id":"g-1","name":"Data Platform"}');
  });

  it('rejects with a clear error when Outlook cannot save', async () => {
    const office = fakeOffice({ item: message() });
    office.saveFails = true;
    const host = await createOutlookHostFrom(office, { overviewUrl: OVERVIEW });
    await expect(host.preferences?.set('kept.team', 'x')).rejects.toThrow('Saving failed');
    expect(office.savedSettings.has('kept.team')).toBe(false);
  });
});
