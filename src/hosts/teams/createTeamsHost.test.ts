import { describe, expect, it, vi } from 'vitest';
import { teamsDeepLink } from '../commitmentLinks';
import { createTeamsHostWith, themeOf } from './createTeamsHost';
import type { ComposeNewMail, TeamsContextLike, TeamsSdk } from './teamsSdk';

const OVERVIEW = 'https://kept.example/overview.html';

const channelContext: TeamsContextLike = {
  app: { locale: 'en-gb', theme: 'default', appId: { toString: () => '11111111-2222-3333-4444-555555555555' } },
  page: { id: 'kept-overview', frameContext: 'content' },
  user: { id: 'user-1', displayName: 'Avery Chen', loginHint: 'avery.chen@contoso.example' },
  team: { internalId: '19:abc@thread.tacv2', displayName: 'Data Platform', groupId: 'group-1' },
  channel: { id: '19:channel@thread.tacv2', displayName: 'General' },
};

/**
 * A typed fake of the public Teams SDK calls the host uses: records what the host asks for and lets the
 * test change the theme. Microsoft-internal calls (meeting.getMeetingDetails is `@hidden @internal`
 * in teams-js's type files) are absent, as they are to any app outside Microsoft.
 */
function fakeSdk(overrides: Partial<TeamsSdk> & { context?: TeamsContextLike } = {}) {
  let themeHandler: ((theme: string) => void) | undefined;
  const composed: ComposeNewMail[] = [];
  const sdk: TeamsSdk = {
    initialize: async () => undefined,
    getContext: async () => overrides.context ?? channelContext,
    registerOnThemeChangeHandler: (handler) => {
      themeHandler = handler;
    },
    notifySuccess: vi.fn(),
    mailSupported: () => false,
    composeNewMail: async (mail) => {
      composed.push(mail);
    },
    ...overrides,
  };
  return { sdk, composed, changeTheme: (theme: string) => themeHandler?.(theme) };
}

describe('createTeamsHost', () => {
  it('falls back (undefined) at once when initialize rejects outside Teams', async () => {
    const { sdk } = fakeSdk({ initialize: () => Promise.reject(new Error('No Parent window found')) });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await createTeamsHostWith(sdk, { timeoutMs: 5000 })).toBeUndefined();
  });

  it('falls back (undefined) when initialize never answers', async () => {
    const { sdk } = fakeSdk({ initialize: () => new Promise<void>(() => undefined) });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const started = Date.now();
    expect(await createTeamsHostWith(sdk, { timeoutMs: 50 })).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('reads the team, channel, user and locale from the context', async () => {
    const { sdk } = fakeSdk();
    const host = (await createTeamsHostWith(sdk, { timeoutMs: 1000 }))!;
    expect(host.kind).toBe('teams');
    expect(host.user).toEqual({ name: 'Avery Chen', email: 'avery.chen@contoso.example' });
    expect(host.locale).toBe('en-GB');
    expect(host.dir).toBe('ltr');
    expect(host.team()).toEqual({
      id: 'group-1',
      name: 'Data Platform',
      groupId: 'group-1',
      channelName: 'General',
      channelId: '19:channel@thread.tacv2',
    });
    expect(host.currentItem()).toBeUndefined();
    expect(await host.tagCurrentItem('Kept')).toBe(false);
    expect(sdk.notifySuccess).toHaveBeenCalledOnce();
  });

  it('is right-to-left in Persian and has no team in a personal tab', async () => {
    const { team: _team, channel: _channel, ...personal } = channelContext;
    const { sdk } = fakeSdk({ context: { ...personal, app: { ...personal.app, locale: 'fa-ir' } } });
    const host = (await createTeamsHostWith(sdk, { timeoutMs: 1000, browserLanguages: [] }))!;
    expect(host.locale).toBe('fa-IR');
    expect(host.dir).toBe('rtl');
    expect(host.team()).toBeUndefined();
  });

  it.each([
    // Teams' own language first, when Kept speaks it.
    ['zh-cn', ['fi'], 'zh-CN'],
    // A language Kept does not speak: the browser's languages, in order of preference.
    ['de-de', ['de', 'fi-FI', 'en'], 'fi-FI'],
    // Traditional Chinese is not served Simplified text: English, unless the browser offers more.
    ['zh-tw', [], 'en'],
    ['ar-sa', [], 'en'],
  ])('takes the locale from app.locale %s, then the browser %j: %s', async (teams, browser, expected) => {
    const { sdk } = fakeSdk({ context: { ...channelContext, app: { ...channelContext.app, locale: teams } } });
    const host = (await createTeamsHostWith(sdk, { timeoutMs: 1000, browserLanguages: browser }))!;
    expect(host.locale).toBe(expected);
    expect(host.dir).toBe('ltr');
  });

  it('maps Teams themes and follows live theme changes', async () => {
    expect([themeOf('default'), themeOf('dark'), themeOf('contrast'), themeOf('unknown')]).toEqual([
      'light',
      'dark',
      'high-contrast',
      'light',
    ]);
    const { sdk, changeTheme } = fakeSdk({
      context: { ...channelContext, app: { ...channelContext.app, theme: 'dark' } },
    });
    const host = (await createTeamsHostWith(sdk, { timeoutMs: 1000 }))!;
    expect(host.theme()).toBe('dark');
    const seen: string[] = [];
    const stop = host.onThemeChange((theme) => seen.push(theme));
    changeTheme('contrast');
    expect(host.theme()).toBe('high-contrast');
    stop();
    changeTheme('default');
    expect(seen).toEqual(['high-contrast']);
    expect(host.theme()).toBe('light');
  });

  it('opens the commitment named by the deep link (subPageId) and builds deep links to others', async () => {
    const { sdk } = fakeSdk({
      context: { ...channelContext, page: { ...channelContext.page, subPageId: 'commitment-42' } },
    });
    const host = (await createTeamsHostWith(sdk, { timeoutMs: 1000, overviewUrl: OVERVIEW }))!;
    expect(host.initialCommitmentId()).toBe('commitment-42');
    const link = new URL(host.commitmentLink('c/7 "x"'));
    expect(link.origin + link.pathname).toBe(
      'https://teams.microsoft.com/l/entity/11111111-2222-3333-4444-555555555555/kept-overview',
    );
    expect(JSON.parse(link.searchParams.get('context')!)).toEqual({
      subEntityId: 'c/7 "x"',
      channelId: '19:channel@thread.tacv2',
    });
    // The web fallback reaches the same team's store, signed in on the web.
    expect(link.searchParams.get('webUrl')).toBe(
      'https://kept.example/overview.html?host=web&team=group-1&commitment=c%2F7+%22x%22',
    );
  });

  it('in a shared channel (group id null) or a private one (no group id) has no team group: no "null" team anywhere', async () => {
    // access-teams-context: team.groupId is null in shared channels and undefined in private channels.
    for (const groupId of [null, undefined, ' ']) {
      const { app, team, ...rest } = channelContext;
      const { sdk } = fakeSdk({
        context: {
          ...rest,
          app: { locale: app.locale, theme: app.theme },
          team: {
            internalId: team!.internalId,
            displayName: 'Data Platform',
            ...(groupId === undefined ? {} : { groupId }),
          },
        },
      });
      const host = (await createTeamsHostWith(sdk, { timeoutMs: 1000, overviewUrl: OVERVIEW }))!;
      expect(host.team()).toEqual({
        id: '19:abc@thread.tacv2',
        name: 'Data Platform',
        channelName: 'General',
        channelId: '19:channel@thread.tacv2',
      });
      expect(host.commitmentLink('c1')).toBe('https://kept.example/overview.html?host=web&commitment=c1');
    }
  });

  it('deep links name the app by the org catalog ID the build was given, not the id from the context', async () => {
    const { sdk } = fakeSdk();
    const catalogId = '99999999-8888-4777-8666-555555555555';
    const host = (await createTeamsHostWith(sdk, { timeoutMs: 1000, overviewUrl: OVERVIEW, linkAppId: catalogId }))!;
    expect(new URL(host.commitmentLink('c1')).pathname).toBe(`/l/entity/${catalogId}/kept-overview`);
  });

  it('links to the team’s overview on the web when Teams gives no app id (never to the demo)', async () => {
    const { app, ...rest } = channelContext;
    const { sdk } = fakeSdk({ context: { ...rest, app: { locale: app.locale, theme: app.theme } } });
    const host = (await createTeamsHostWith(sdk, { timeoutMs: 1000, overviewUrl: OVERVIEW }))!;
    expect(host.commitmentLink('c1')).toBe('https://kept.example/overview.html?host=web&team=group-1&commitment=c1');
  });

  it('from a meeting, links to the personal tab naming the team, which then opens on that team and commitment', async () => {
    const { team: _t, channel: _c, ...noTeam } = channelContext;
    const meeting = fakeSdk({
      context: { ...noTeam, page: { id: 'kept-meeting', frameContext: 'sidePanel' }, meeting: { id: 'm-1' } },
    });
    const inMeeting = (await createTeamsHostWith(meeting.sdk, { timeoutMs: 1000, overviewUrl: OVERVIEW }))!;
    const link = new URL(inMeeting.commitmentLink('c-9', 'group-7'));
    expect(link.pathname).toBe('/l/entity/11111111-2222-3333-4444-555555555555/my-commitments');
    const subEntityId = (JSON.parse(link.searchParams.get('context')!) as { subEntityId: string }).subEntityId;

    // Teams opens the personal tab with that sub-entity.
    const personal = fakeSdk({
      context: { ...noTeam, page: { id: 'my-commitments', frameContext: 'content', subPageId: subEntityId } },
    });
    const tab = (await createTeamsHostWith(personal.sdk, { timeoutMs: 1000, overviewUrl: OVERVIEW }))!;
    expect(tab.team()).toEqual({ id: 'group-7', name: '', groupId: 'group-7' });
    expect(tab.initialCommitmentId()).toBe('c-9');
  });

  it('in a meeting, the current item is the meeting known by its chat (Graph finds its join link)', async () => {
    const now = new Date('2026-11-25T09:00:00Z');
    const { sdk } = fakeSdk({
      context: {
        ...channelContext,
        page: { id: 'kept-meeting', frameContext: 'sidePanel' },
        meeting: { id: 'MCMxOTptZWV0aW5nX1lEWmxZ' },
        chat: { id: '19:meeting_YDZlYTYxOWUtYzdlMi00ZmMxLWIxMTAtN2YzODZlZjAxYzI4@thread.v2' },
      },
    });
    const host = (await createTeamsHostWith(sdk, { timeoutMs: 1000, now: () => now }))!;
    expect(host.currentItem()).toEqual({
      kind: 'meeting',
      chatId: '19:meeting_YDZlYTYxOWUtYzdlMi00ZmMxLWIxMTAtN2YzODZlZjAxYzI4@thread.v2',
      subject: '',
      organizer: { name: '', email: '' },
      attendees: [],
      start: now.toISOString(),
      end: now.toISOString(),
      isOrganizer: false,
    });
  });

  it('uses only public teams-js calls: the SDK it is given has no meeting-details call', async () => {
    const { sdk } = fakeSdk({
      context: {
        ...channelContext,
        page: { id: 'kept-meeting', frameContext: 'meetingStage' },
        meeting: { id: 'm-1' },
      },
    });
    expect('getMeetingDetails' in sdk).toBe(false);
    const host = (await createTeamsHostWith(sdk, { timeoutMs: 1000 }))!;
    expect(host.currentItem()).toMatchObject({ kind: 'meeting', subject: '' });
    expect(host.currentItem()).not.toHaveProperty('chatId');
  });

  it('shows drafts in the app, or composes a mail where the host supports it', async () => {
    const draft = {
      mode: 'new' as const,
      to: [{ name: 'Priya', email: 'priya@contoso.example' }],
      subject: 'Update',
      html: '<p>Hi</p>',
      text: 'Hi',
    };
    const plain = fakeSdk();
    expect(await (await createTeamsHostWith(plain.sdk, { timeoutMs: 1000 }))!.openDraft(draft)).toBe('show-in-app');
    const withMail = fakeSdk({ mailSupported: () => true });
    expect(await (await createTeamsHostWith(withMail.sdk, { timeoutMs: 1000 }))!.openDraft(draft)).toBe('opened');
    expect(withMail.composed).toEqual([{ toRecipients: ['priya@contoso.example'], subject: 'Update', message: 'Hi' }]);
  });

  it('encodes every part of a deep link', () => {
    const link = teamsDeepLink({ appId: 'app', entityId: 'tab one', subEntityId: 'a&b', label: 'Ünïcode & co' });
    expect(link).toBe(
      'https://teams.microsoft.com/l/entity/app/tab%20one?label=%C3%9Cn%C3%AFcode%20%26%20co&context=%7B%22subEntityId%22%3A%22a%26b%22%7D',
    );
  });
});
