import { afterEach, describe, expect, it, vi } from 'vitest';
import { teamId } from '../domain/ids';
import type { HostContext, HostItem } from '../hosts/HostContext';
import { createBrowserHost, type BrowserHost } from '../hosts/browser/createBrowserHost';
import { demoUser } from '../hosts/browser/demoPeople';
import { createLocalStore } from '../store/local';
import type { FoundMeetingKeys, MeetingHandle } from './meetingKeysHost';
import { withMeetingKeys } from './meetingKeysHost';

type Meeting = Extract<HostItem, { kind: 'meeting' }>;

const JOIN = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_planning%40thread.v2/0';

/** An Outlook appointment as readItem gives it: a REST id, no keys. */
const appointment = (itemId: string, subject = 'Quarterly planning'): Meeting => ({
  kind: 'meeting',
  itemId,
  subject,
  organizer: { name: 'Priya Raman', email: 'priya@contoso.example' },
  attendees: [demoUser],
  start: '2026-11-26T09:00:00.000Z',
  end: '2026-11-26T10:00:00.000Z',
  isOrganizer: false,
});

const email: HostItem = {
  kind: 'email',
  internetMessageId: '<ask@contoso.example>',
  conversationId: 'conv',
  itemId: 'AAMk-mail',
  subject: 'Dashboard',
  from: { name: 'Priya Raman', email: 'priya@contoso.example' },
  to: [demoUser],
  receivedAt: '2026-11-25T08:00:00.000Z',
};

/** The browser host stands in for Outlook; it counts who follows its item. */
function fakeOutlook(initialItem?: HostItem): BrowserHost & { followers(): number } {
  const inner = createBrowserHost({
    user: demoUser,
    locale: 'en-GB',
    theme: 'light',
    team: { id: teamId('t'), name: 'Team' },
    ...(initialItem === undefined ? {} : { initialItem }),
    overviewUrl: 'overview.html',
    storage: { getItem: () => null, setItem: () => undefined },
  });
  let followers = 0;
  return {
    ...inner,
    onItemChanged: (listener) => {
      followers++;
      const stop = inner.onItemChanged(listener);
      return () => {
        followers--;
        stop();
      };
    },
    followers: () => followers,
  };
}

/** A lookup the test answers by hand, one deferred answer per call. */
function manualLookup() {
  const calls: { restId: string; answer(keys: FoundMeetingKeys): void; fail(error: unknown): void }[] = [];
  const resolve = vi.fn(
    ({ id: restId }: MeetingHandle) =>
      new Promise<FoundMeetingKeys>((answer, fail) => {
        calls.push({ restId, answer, fail });
      }),
  );
  return { resolve, calls };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

function record(host: HostContext) {
  const seen: (HostItem | undefined)[] = [];
  const stop = host.onItemChanged((item) => seen.push(item));
  return { seen, stop };
}

describe('withMeetingKeys', () => {
  it('looks the keys of an Outlook meeting up once and shows the meeting with them', async () => {
    const raw = appointment('AAMk-planning=');
    const outlook = fakeOutlook(raw);
    const lookup = manualLookup();
    const host = withMeetingKeys(outlook, lookup.resolve);
    const { seen } = record(host);

    // Until the answer comes, the meeting is shown as being looked up (one stable object).
    const pending = host.currentItem();
    expect(pending).toEqual({ ...raw, keysPending: true });
    expect(host.currentItem()).toBe(pending);
    expect(lookup.calls.map((c) => c.restId)).toEqual(['AAMk-planning=']);
    lookup.calls[0]?.answer({ iCalUId: 'ical-planning', joinUrl: JOIN });
    await settle();

    const enriched = host.currentItem();
    expect(enriched).toEqual({ ...raw, iCalUId: 'ical-planning', joinUrl: JOIN });
    expect(seen).toEqual([enriched]);
    // A stable snapshot (useSyncExternalStore compares by identity), and no second request.
    expect(host.currentItem()).toBe(enriched);
    expect(lookup.resolve).toHaveBeenCalledTimes(1);
  });

  it('remembers keys by item id: selecting the meeting again shows them at once, without a request', async () => {
    const outlook = fakeOutlook();
    const lookup = manualLookup();
    const host = withMeetingKeys(outlook, lookup.resolve);
    const { seen } = record(host);

    outlook.selectItem(appointment('AAMk-1'));
    lookup.calls[0]?.answer({ iCalUId: 'ical-1' });
    await settle();
    outlook.selectItem(email);
    // Outlook reads the item afresh on every selection: a new object with the same id.
    outlook.selectItem(appointment('AAMk-1'));

    expect(seen.map((i) => (i?.kind === 'meeting' ? (i.iCalUId ?? 'no key') : i?.kind))).toEqual([
      'no key',
      'ical-1',
      'email',
      'ical-1',
    ]);
    expect(seen[2]).toBe(email);
    expect(lookup.resolve).toHaveBeenCalledTimes(1);
  });

  it('shares one request when the same meeting is selected again while its lookup runs', async () => {
    const outlook = fakeOutlook();
    const lookup = manualLookup();
    const host = withMeetingKeys(outlook, lookup.resolve);
    const { seen } = record(host);

    outlook.selectItem(appointment('AAMk-1'));
    outlook.selectItem(appointment('AAMk-1'));
    expect(lookup.resolve).toHaveBeenCalledTimes(1);
    lookup.calls[0]?.answer({ iCalUId: 'ical-1' });
    await settle();
    expect(host.currentItem()).toMatchObject({ itemId: 'AAMk-1', iCalUId: 'ical-1' });
    expect(seen.at(-1)).toBe(host.currentItem());
  });

  it('never lets a slow lookup of the previous meeting overwrite the one selected since', async () => {
    const outlook = fakeOutlook();
    const lookup = manualLookup();
    const host = withMeetingKeys(outlook, lookup.resolve);
    const { seen } = record(host);

    outlook.selectItem(appointment('AAMk-slow', 'First'));
    outlook.selectItem(appointment('AAMk-fast', 'Second'));
    lookup.calls[1]?.answer({ iCalUId: 'ical-second' });
    await settle();
    lookup.calls[0]?.answer({ iCalUId: 'ical-first' });
    await settle();

    expect(host.currentItem()).toMatchObject({ subject: 'Second', iCalUId: 'ical-second' });
    expect(seen.map((i) => i?.subject)).toEqual(['First', 'Second', 'Second']);
    // The late answer is still remembered for when the first meeting is selected again.
    outlook.selectItem(appointment('AAMk-slow', 'First'));
    expect(host.currentItem()).toMatchObject({ subject: 'First', iCalUId: 'ical-first' });
    expect(lookup.resolve).toHaveBeenCalledTimes(2);
  });

  it('also ignores a slow lookup when the user moved on to an email or to nothing', async () => {
    const outlook = fakeOutlook(appointment('AAMk-1'));
    const lookup = manualLookup();
    const host = withMeetingKeys(outlook, lookup.resolve);
    const { seen } = record(host);
    outlook.selectItem(undefined);
    lookup.calls[0]?.answer({ iCalUId: 'ical-1' });
    await settle();
    expect(host.currentItem()).toBeUndefined();
    expect(seen).toEqual([undefined]);
  });

  it('leaves the meeting as it was when the lookup fails, throws nothing, and tries again on the next selection', async () => {
    const raw = appointment('AAMk-1');
    const outlook = fakeOutlook(raw);
    const lookup = manualLookup();
    const host = withMeetingKeys(outlook, lookup.resolve);
    const { seen } = record(host);

    lookup.calls[0]?.fail(new Error('consent refused'));
    await settle();
    // No longer pending: shown as Outlook gave it, so the checklist can explain.
    expect(host.currentItem()).toBe(raw);
    expect(seen).toEqual([raw]);

    outlook.selectItem(appointment('AAMk-1'));
    expect(lookup.resolve).toHaveBeenCalledTimes(2);
    lookup.calls[1]?.answer({ iCalUId: 'ical-1' });
    await settle();
    expect(host.currentItem()).toMatchObject({ iCalUId: 'ical-1' });
  });

  it('treats a lookup that throws at once, or finds no usable key, as no keys', async () => {
    const raw = appointment('AAMk-1');
    const throwing = withMeetingKeys(fakeOutlook(raw), () => {
      throw new Error('not signed in');
    });
    expect(() => throwing.currentItem()).not.toThrow();
    await settle();
    expect(throwing.currentItem()).toBe(raw);

    const empty = withMeetingKeys(fakeOutlook(raw), async () => ({ iCalUId: '  ', joinUrl: '' }));
    const { seen } = record(empty);
    await settle();
    expect(empty.currentItem()).toBe(raw);
    expect(seen).toEqual([raw]);
  });

  it('passes meetings that have a key, meetings without an id, emails and nothing through untouched', async () => {
    const teamsMeeting: Meeting = { ...appointment('AAMk-1'), joinUrl: JOIN };
    const { itemId: _id, ...unsaved } = appointment('x');
    const outlook = fakeOutlook(teamsMeeting);
    const resolve = vi.fn(async () => ({ iCalUId: 'never' }));
    const host = withMeetingKeys(outlook, resolve);
    const { seen } = record(host);

    expect(host.currentItem()).toBe(teamsMeeting);
    for (const item of [{ ...appointment('AAMk-2'), iCalUId: 'ical-2' }, unsaved, email, undefined]) {
      outlook.selectItem(item);
      expect(host.currentItem()).toBe(item);
    }
    await settle();
    expect(seen).toHaveLength(4);
    expect(resolve).not.toHaveBeenCalled();
  });

  it('follows the inner host only while someone listens, and catches up after', async () => {
    const outlook = fakeOutlook();
    const resolve = vi.fn(async ({ id }: MeetingHandle) => ({ iCalUId: `ical-${id}` }));
    const host = withMeetingKeys(outlook, resolve);
    const first = record(host);
    const second = record(host);
    expect(outlook.followers()).toBe(1);
    first.stop();
    first.stop();
    expect(outlook.followers()).toBe(1);
    second.stop();
    expect(outlook.followers()).toBe(0);

    // Selected while nobody listened: currentItem() still shows it, and looks its keys up.
    outlook.selectItem(appointment('AAMk-9'));
    expect(host.currentItem()).toMatchObject({ itemId: 'AAMk-9' });
    await settle();
    expect(host.currentItem()).toMatchObject({ iCalUId: 'ical-AAMk-9' });
    expect(resolve).toHaveBeenCalledTimes(1);
  });

  it('hands everything else to the inner host', async () => {
    const outlook = fakeOutlook(email);
    const preferences = { get: () => 'x', set: async () => undefined };
    const host = withMeetingKeys({ ...outlook, preferences }, async () => ({}));
    expect(host.kind).toBe('browser');
    expect(host.user).toBe(demoUser);
    expect(host.locale).toBe('en-GB');
    expect(host.dir).toBe('ltr');
    expect(host.team()?.name).toBe('Team');
    expect(host.preferences).toBe(preferences);
    expect(host.commitmentLink('c/1')).toBe('overview.html?commitment=c%2F1');
    expect(host.initialCommitmentId()).toBeUndefined();
    expect(await host.openDraft({ mode: 'reply', subject: 's', html: '<p>h</p>', text: 'h' })).toBe('show-in-app');
    const themes: string[] = [];
    host.onThemeChange((t) => themes.push(t));
    outlook.setTheme('dark');
    expect(host.theme()).toBe('dark');
    expect(themes).toEqual(['dark']);
    expect(withMeetingKeys(outlook, async () => ({}))).not.toHaveProperty('preferences');
  });
});

describe('composeForHost wraps the Outlook host when connected to Microsoft 365', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.doUnmock('./connectGraph');
    vi.resetModules();
  });

  async function composeWith(
    hostKind: 'outlook' | 'teams',
    lookups: {
      meetingKeys?: (restId: string) => Promise<FoundMeetingKeys>;
      meetingChatKeys?: (chatId: string) => Promise<FoundMeetingKeys>;
    },
    item: Meeting = appointment('AAMk-1'),
  ) {
    vi.stubEnv('VITE_KEPT_CLIENT_ID', '00000000-0000-0000-0000-000000000001');
    vi.doMock('./connectGraph', () => ({
      connectGraph: async () => ({
        status: 'connected',
        store: createLocalStore({ dbName: 'graph-stand-in' }),
        teamId: teamId('g-1'),
        storageDescription: 'graph',
        teamName: 'Facilities',
        meetingKeys: lookups.meetingKeys ?? (async () => ({})),
        meetingChatKeys: lookups.meetingChatKeys ?? (async () => ({})),
      }),
    }));
    const { composeForHost } = await import('./composeForHost');
    const inner = fakeOutlook(item);
    const host: HostContext = { ...inner, kind: hostKind, preferences: { get: () => undefined, set: async () => {} } };
    const composition = await composeForHost({
      host,
      clock: { now: () => new Date('2026-11-25T10:00:00Z') },
      localStore: () => createLocalStore({ dbName: 'local' }),
    });
    return { host, composition };
  }

  it('in Outlook: the services’ host shows the meeting with the keys Graph found', async () => {
    const meetingKeys = vi.fn(async () => ({ iCalUId: 'ical-1', joinUrl: JOIN }));
    const { host, composition } = await composeWith('outlook', { meetingKeys });
    expect(composition.services.host).not.toBe(host);
    composition.services.host.currentItem();
    await settle();
    expect(composition.services.host.currentItem()).toMatchObject({ iCalUId: 'ical-1', joinUrl: JOIN });
    expect(meetingKeys).toHaveBeenCalledWith('AAMk-1');
  });

  it('in a Teams meeting: the meeting chat gives the join URL and the title', async () => {
    const meetingKeys = vi.fn(async () => ({ iCalUId: 'never' }));
    const meetingChatKeys = vi.fn(async () => ({ joinUrl: JOIN, subject: 'Quarterly planning' }));
    const { itemId: _itemId, ...inTeams } = appointment('x');
    const chatMeeting: Meeting = { ...inTeams, subject: '', chatId: '19:meeting_abc@thread.v2' };
    const { composition } = await composeWith('teams', { meetingKeys, meetingChatKeys }, chatMeeting);
    composition.services.host.currentItem();
    await settle();
    expect(composition.services.host.currentItem()).toMatchObject({ joinUrl: JOIN, subject: 'Quarterly planning' });
    expect(meetingChatKeys).toHaveBeenCalledWith('19:meeting_abc@thread.v2');
    expect(meetingKeys).not.toHaveBeenCalled();
  });
});
