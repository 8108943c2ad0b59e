import { describe, expect, it } from 'vitest';
import { withActivityNotifications } from '../../src/app/activityNotifier';
import { withTeamwork } from '../../src/app/teamworkHost';
import { createCommitment, reassign } from '../../src/domain/actions';
import { commitmentId, teamId } from '../../src/domain/ids';
import type { ActivityNotice } from '../../src/domain/teamTools/activity';
import { createBrowserHost } from '../../src/hosts/browser/createBrowserHost';
import { commitmentLink } from '../../src/hosts/commitmentLinks';
import type { HostContext } from '../../src/hosts/HostContext';
import { createTeamworkClient, SCOPES } from '../../src/store/graph';
import { createLocalStore } from '../../src/store/local';
import type { ActivityOutcome } from '../../src/ui/services';
import { createFakeGraph } from '../fakes/graph/fakeGraph';
import { tokensFor } from '../fakes/graph/tokens';

// Team tools in Graph mode: the exact documented requests, the least-privileged scope of each and
// nothing more, and the way Microsoft refuses them (403 not installed, 429, 404, 412).

const ME = 'avery@contoso.com';
const SAM = { name: 'Sam Rivera', email: 'sam@contoso.com' };
const notice: ActivityNotice = {
  kind: 'reassigned',
  to: SAM,
  commitmentId: commitmentId('c-7'),
  teamId: teamId('group-1'),
  title: 'Quarterly access review <Finance>',
};
const AVERY = { name: 'Avery', email: ME };
const TEAM = teamId('group-1');
const NOW = new Date('2026-11-25T10:00:00Z');
const APP_ID = '11111111-2222-3333-4444-555555555555';

/** A Teams channel tab's host with a Teams app id: commitment links are Teams deep links. */
function teamsTab(): HostContext {
  const browser = createBrowserHost({
    user: { name: 'Avery', email: ME },
    locale: 'en',
    theme: 'light',
    team: {
      id: teamId('group-1'),
      name: 'Facilities',
      groupId: 'group-1',
      channelName: 'General',
      channelId: '19:general@thread.tacv2',
    },
    overviewUrl: 'https://kept.example/overview.html',
  });
  const place = {
    appId: APP_ID,
    groupId: 'group-1',
    channelTab: { channelId: '19:general@thread.tacv2', entityId: 'kept-overview' },
    overviewUrl: 'https://kept.example/overview.html',
  };
  return { ...browser, kind: 'teams', commitmentLink: (id, team) => commitmentLink(place, id, team) };
}

function setUp(options: { refuse?: string[] } = {}) {
  const graph = createFakeGraph();
  const tokens = tokensFor(ME, options);
  const host = withTeamwork(teamsTab(), createTeamworkClient({ getToken: tokens, fetch: graph.fetch }));
  return { graph, tokens, host };
}

describe('Teams activity feed notifications (userteamwork-sendactivitynotification)', () => {
  it('sends one documented request that opens the commitment in the Teams tab, asking TeamsActivity.Send only', async () => {
    const { graph, tokens, host } = setUp();
    await host.teamwork.notify(notice);

    expect(graph.requests).toHaveLength(1);
    const request = graph.requests[0]!;
    expect(request.method).toBe('POST');
    expect(request.url).toBe(
      'https://graph.microsoft.com/v1.0/users/sam%40contoso.com/teamwork/sendActivityNotification',
    );
    expect(request.body).toEqual({
      topic: {
        source: 'text',
        value: 'Quarterly access review <Finance>',
        webUrl: expect.stringMatching(/^https:\/\/teams\.microsoft\.com\/l\/entity\//),
      },
      activityType: 'commitmentReassigned',
      previewText: { content: 'Quarterly access review <Finance>' },
      templateParameters: [{ name: 'commitment', value: 'Quarterly access review <Finance>' }],
    });
    const link = new URL((request.body as { topic: { webUrl: string } }).topic.webUrl);
    expect(JSON.parse(link.searchParams.get('context')!)).toEqual({
      subEntityId: 'c-7',
      channelId: '19:general@thread.tacv2',
    });
    expect(tokens.asked).toEqual([SCOPES.activityFeed]);
    expect(graph.activityNotifications).toEqual([
      expect.objectContaining({ from: ME, to: 'sam@contoso.com', activityType: 'commitmentReassigned' }),
    ]);
  });

  it('a recipient without Kept installed is refused (403 forbidden); nothing is sent', async () => {
    const { graph, host } = setUp();
    graph.appInstalledFor = new Set([ME]);
    await expect(host.teamwork.notify(notice)).rejects.toMatchObject({ name: 'TeamworkError', code: 'forbidden' });
    expect(graph.activityNotifications).toEqual([]);
  });

  it('throttled (429 + Retry-After) is said, and the POST is not repeated behind the user’s back', async () => {
    const { graph, host } = setUp();
    graph.faults.next.push('429');
    await expect(host.teamwork.notify(notice)).rejects.toMatchObject({ code: 'throttled' });
    expect(graph.requests).toHaveLength(1);
    expect(graph.activityNotifications).toEqual([]);
  });

  it('someone the directory does not know is not found (404)', async () => {
    const { graph, host } = setUp();
    graph.directory = new Set([ME]);
    await expect(host.teamwork.notify(notice)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('without a Teams link to open, sends nothing and says why', async () => {
    const graph = createFakeGraph();
    const browser = teamsTab();
    const host = withTeamwork(
      { ...browser, commitmentLink: (id) => `https://kept.example/overview.html?commitment=${id}` },
      createTeamworkClient({ getToken: tokensFor(ME), fetch: graph.fetch }),
    );
    await expect(host.teamwork.notify(notice)).rejects.toMatchObject({ code: 'no-link' });
    expect(graph.requests).toEqual([]);
  });

  it('refused consent is unauthorized, and no other scope is asked instead', async () => {
    const { graph, tokens, host } = setUp({ refuse: ['TeamsActivity.Send'] });
    await expect(host.teamwork.notify(notice)).rejects.toMatchObject({ code: 'unauthorized' });
    expect(tokens.asked).toEqual([['TeamsActivity.Send']]);
    expect(graph.requests).toEqual([]);
  });
});

describe('posting in Teams (chat-post-messages, channel-post-messages)', () => {
  it('posts the recap in the meeting chat as HTML, asking ChatMessage.Send only', async () => {
    const { graph, tokens, host } = setUp();
    graph.addMeetingChat('19:meeting_abc@thread.v2', { joinWebUrl: 'https://teams.microsoft.com/l/meetup-join/x' });
    await host.teamwork.postToChat('19:meeting_abc@thread.v2', { html: '<p>a &lt;b&gt;</p>' });
    expect(graph.requests[0]).toMatchObject({
      method: 'POST',
      url: 'https://graph.microsoft.com/v1.0/chats/19%3Ameeting_abc%40thread.v2/messages',
      body: { body: { contentType: 'html', content: '<p>a &lt;b&gt;</p>' } },
    });
    expect(tokens.asked).toEqual([SCOPES.chatPost]);
    expect(graph.postedMessages).toHaveLength(1);
    await expect(host.teamwork.postToChat('19:gone@thread.v2', { html: '<p>x</p>' })).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it('posts the digest in the tab’s channel with its subject, asking ChannelMessage.Send only', async () => {
    const { graph, tokens, host } = setUp();
    expect(host.teamwork.channel?.name).toBe('General');
    await host.teamwork.channel!.post({ subject: 'Our week', html: '<p>3 kept</p>' });
    expect(graph.requests[0]).toMatchObject({
      method: 'POST',
      url: 'https://graph.microsoft.com/v1.0/teams/group-1/channels/19%3Ageneral%40thread.tacv2/messages',
      body: { subject: 'Our week', body: { contentType: 'html', content: '<p>3 kept</p>' } },
    });
    expect(tokens.asked).toEqual([SCOPES.channelPost]);
  });
});

describe('saved views in the OneDrive app folder (onedrive-sharepoint-appfolder)', () => {
  it('reads nothing at first, then what was written, through the download URL; Files.ReadWrite.AppFolder only', async () => {
    const { graph, tokens, host } = setUp();
    const documents = host.documents!;
    expect(documents.reach).toBe('roaming');
    expect(await documents.read('kept-saved-views.json')).toBeUndefined();
    await documents.write('kept-saved-views.json', { views: [{ name: 'Mine', query: 'owner=a' }] });
    expect(await documents.read('kept-saved-views.json')).toEqual({ views: [{ name: 'Mine', query: 'owner=a' }] });
    const put = graph.requests.find((r) => r.method === 'PUT')!;
    expect(put.url).toBe('https://graph.microsoft.com/v1.0/me/drive/special/approot:/kept-saved-views.json:/content');
    const get = graph.requests.filter((r) => r.method === 'GET' && r.url.includes('approot'));
    expect(new URL(get[0]!.url).searchParams.get('select')).toBe('id,eTag,@microsoft.graph.downloadUrl');
    // The download URL is preauthenticated: no Authorization header goes to it.
    const download = graph.requests.find((r) => r.url.startsWith('https://contoso-my.sharepoint.com/'))!;
    expect(download.headers.authorization).toBeUndefined();
    expect(new Set(tokens.asked.flat())).toEqual(new Set(SCOPES.appFolder));
  });

  it('a change another device made since this one read is a conflict (412), not overwritten', async () => {
    const { graph, host } = setUp();
    const laptop = host.documents!;
    await laptop.write('kept-saved-views.json', { views: [] });
    expect(await laptop.read('kept-saved-views.json')).toEqual({ views: [] });
    const phone = withTeamwork(
      teamsTab(),
      createTeamworkClient({ getToken: tokensFor(ME), fetch: graph.fetch }),
    ).documents!;
    await phone.read('kept-saved-views.json');
    await phone.write('kept-saved-views.json', { views: [{ name: 'Phone', query: '' }] });
    await expect(
      laptop.write('kept-saved-views.json', { views: [{ name: 'Laptop', query: '' }] }),
    ).rejects.toMatchObject({
      code: 'conflict',
    });
    expect(await laptop.read('kept-saved-views.json')).toEqual({ views: [{ name: 'Phone', query: '' }] });
  });
});

async function reassignedToSam(fault: (graph: ReturnType<typeof createFakeGraph>) => void) {
  const graph = createFakeGraph();
  fault(graph);
  const host = withTeamwork(teamsTab(), createTeamworkClient({ getToken: tokensFor(ME), fetch: graph.fetch }));
  const local = createLocalStore({ dbName: `notify-${Math.random()}` });
  const { store, activity } = withActivityNotifications(local, host.teamwork, AVERY);
  const outcomes: ActivityOutcome[] = [];
  activity.subscribe((o) => outcomes.push(o));
  let n = 0;
  const ctx = { now: NOW, by: AVERY, newId: () => `id-${++n}` };
  const created = createCommitment(
    {
      input: {
        title: 'Quarterly access review',
        customer: { name: 'Priya', email: 'priya@contoso.com' },
        owner: AVERY,
        steps: [],
        acceptanceCriteria: '',
        targetDate: '2026-11-30',
        promisedDate: '2026-12-02',
        updateCadenceDays: 5,
      },
      teamId: TEAM,
      source: { kind: 'manual' },
      requestedAt: NOW.toISOString(),
    },
    await store.getSettings(TEAM),
    ctx,
  );
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  const saved = await store.create(created.value);
  const moved = reassign(saved, SAM, 'Over to you', ctx);
  if (!moved.ok) throw new Error(JSON.stringify(moved.error));
  await store.update(moved.value);
  await expect.poll(() => outcomes.length).toBe(1);
  return { graph, local, outcomes, id: saved.id };
}

// A notification that fails after a saved change: the user is told why (the outcome the notices
// show), and the change itself stands — nothing rolled back, nothing retried behind their back.
describe('a Teams notification that fails after a saved reassignment', () => {
  it.each([
    [
      'throttled (429 + Retry-After)',
      (g: ReturnType<typeof createFakeGraph>) => g.faults.next.push('429'),
      'throttled',
    ],
    [
      'refused (403: Kept not installed for them)',
      (g: ReturnType<typeof createFakeGraph>) => (g.appInstalledFor = new Set([ME])),
      'forbidden',
    ],
  ] as const)('%s: the reassignment stands, Teams got nothing, the outcome says why', async (_, fault, code) => {
    const { graph, local, outcomes, id } = await reassignedToSam(fault);
    expect(outcomes[0]).toMatchObject({ ok: false, notice: { kind: 'reassigned', to: SAM }, error: { code } });
    expect((await local.get(id)).owner).toEqual(SAM);
    expect(graph.activityNotifications).toEqual([]);
    // One POST: nothing is repeated behind the user's back.
    expect(graph.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });
});
