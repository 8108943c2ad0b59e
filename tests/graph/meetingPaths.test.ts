// One Teams meeting, reached three ways, must show the same promises:
// - the Teams side panel knows only the meeting chat's id (Teams context); Graph's chat-get gives
//   onlineMeetingInfo.joinWebUrl (upper-case escapes, as in the docs' "Get the meeting chat" example);
// - the Outlook appointment pane knows only the appointment's REST id; Graph's event-get gives the
//   iCalUId and onlineMeeting.joinUrl (lower-case escapes);
// - the team overview lists the team's commitments.
// Each path runs on its own device (its own mirror), so lookups go through SharePoint's indexed columns.
import { describe, expect, it } from 'vitest';
import { withMeetingKeys } from '../../src/app/meetingKeysHost';
import { sameMeetingLink } from '../../src/domain/meetingJoinKey';
import type { HostContext, HostItem } from '../../src/hosts/HostContext';
import { fakeOffice } from '../../src/hosts/outlook/fakeOffice';
import { address } from '../../src/hosts/outlook/fakeOffice';
import { createOutlookHostFrom } from '../../src/hosts/outlook';
import { createTeamsHostWith, type TeamsSdk } from '../../src/hosts/teams';
import { meetingChatKeys, meetingKeys } from '../../src/store/graph';
import { meetingKey, meetingSource } from '../../src/surfaces/meeting-checklist/meetingPeople';
import { createFakeGraph, type FakeGraph } from '../fakes/graph/fakeGraph';
import { tokensFor } from '../fakes/graph/tokens';
import { aCommitment } from '../fixtures/commitments';
import { storeFor } from './helpers';

type Meeting = Extract<HostItem, { kind: 'meeting' }>;

const CHAT_ID = '19:meeting_YDZlYTYxOWUtYzdlMi00ZmMxLWIxMTAtN2YzODZlZjAxYzI4@thread.v2';
const CONTEXT = '?context=%7b%22Tid%22%3a%222432b57b-0abd-43db-aa7b-16eadd115d34%22%2c%22Oid%22%3a%22bfb5bb25%22%7d';
const FROM_CHAT = `https://teams.microsoft.com/l/meetup-join/19%3Ameeting_YDZlYTYxOWUtYzdlMi00ZmMxLWIxMTAtN2YzODZlZjAxYzI4%40thread.v2/0${CONTEXT}`;
const FROM_EVENT = `https://teams.microsoft.com/l/meetup-join/19%3ameeting_YDZlYTYxOWUtYzdlMi00ZmMxLWIxMTAtN2YzODZlZjAxYzI4%40thread.v2/0${CONTEXT}`;
const ICAL = '040000008200E00074C5B7101A82E00800000000D0F1-planning';

function teamsSdk(): TeamsSdk {
  return {
    initialize: async () => undefined,
    getContext: async () => ({
      app: { locale: 'en-GB', theme: 'default' },
      page: { id: 'kept-meeting', frameContext: 'sidePanel' },
      user: { id: 'oid-megan', displayName: 'Megan Bowen', loginHint: 'megan@contoso.com' },
      meeting: { id: 'MCMxOTptZWV0aW5n' },
      chat: { id: CHAT_ID },
    }),
    registerOnThemeChangeHandler: () => undefined,
    notifySuccess: () => undefined,
    mailSupported: () => false,
    composeNewMail: async () => undefined,
  };
}

/** The meeting as the surface sees it once the keys arrived. */
function meetingOnceKnown(host: HostContext): Promise<Meeting> {
  return new Promise((resolve, reject) => {
    const check = (item: HostItem | undefined) => {
      if (item?.kind === 'meeting' && item.keysPending !== true) {
        stop();
        if (item.joinUrl === undefined && item.iCalUId === undefined) reject(new Error('no keys found'));
        else resolve(item);
      }
    };
    const stop = host.onItemChanged(check);
    check(host.currentItem());
  });
}

async function teamsPanel(graph: FakeGraph, user: string): Promise<Meeting> {
  const inner = (await createTeamsHostWith(teamsSdk(), { timeoutMs: 1000 }))!;
  const host = withMeetingKeys(inner, (handle) => meetingChatKeys(tokensFor(user), handle.id, { fetch: graph.fetch }));
  return meetingOnceKnown(host);
}

async function outlookPane(graph: FakeGraph, user: string): Promise<Meeting> {
  const office = fakeOffice({
    item: {
      itemType: 'appointment',
      itemId: 'AAMk-planning',
      subject: 'Quarterly planning',
      organizer: address('Priya Raman', 'priya@contoso.com'),
      requiredAttendees: [address('Alex Wilber', user)],
      optionalAttendees: [],
      start: new Date('2026-11-26T09:00:00Z'),
      end: new Date('2026-11-26T10:00:00Z'),
    },
  });
  const inner = await createOutlookHostFrom(office, { overviewUrl: 'https://kept.example/overview.html' });
  const host = withMeetingKeys(inner, (handle) => meetingKeys(tokensFor(user), handle.id, { fetch: graph.fetch }));
  return meetingOnceKnown(host);
}

describe('the Teams panel, the Outlook appointment pane and the team overview find the same meeting', () => {
  it('through the documented delegated paths: chat-get and event-get, with their different encodings', async () => {
    const graph = createFakeGraph();
    graph.addMeetingChat(CHAT_ID, { joinWebUrl: FROM_CHAT, topic: 'Quarterly planning' });
    graph.addEvent('rest(v2.0):AAMk-planning', { iCalUId: ICAL, subject: 'Quarterly planning', joinUrl: FROM_EVENT });

    // 1. In the meeting, Megan adds a promise from the Teams side panel.
    const inTeams = await teamsPanel(graph, 'megan@contoso.com');
    expect(inTeams).toMatchObject({ joinUrl: FROM_CHAT, subject: 'Quarterly planning' });
    const meganStore = storeFor(graph, 'megan@contoso.com');
    const fromTeams = await meganStore.create(
      aCommitment({ title: 'Send the Q3 figures', source: meetingSource(inTeams) }),
    );
    meganStore.close();

    // 2. Alex opens the appointment in Outlook on another device: the Teams promise is there.
    const inOutlook = await outlookPane(graph, 'alex@contoso.com');
    expect(inOutlook).toMatchObject({ iCalUId: ICAL, joinUrl: FROM_EVENT });
    const alexStore = storeFor(graph, 'alex@contoso.com');
    const key = meetingKey(inOutlook)!;
    expect((await alexStore.findBySource(key)).map((c) => c.title)).toEqual(['Send the Q3 figures']);
    const fromOutlook = await alexStore.create(
      aCommitment({ title: 'Book the room', source: meetingSource(inOutlook) }),
    );
    alexStore.close();

    // 3. Back in Teams on a fresh device, both promises show in the panel.
    const again = storeFor(graph, 'megan@contoso.com');
    expect((await again.findBySource(meetingKey(inTeams)!)).map((c) => c.title).sort()).toEqual([
      'Book the room',
      'Send the Q3 figures',
    ]);
    again.close();

    // 4. The team overview lists both, and both name the same meeting.
    const overview = storeFor(graph, 'nestor@contoso.com');
    const listed = (await overview.list()).filter((c) => c.id === fromTeams.id || c.id === fromOutlook.id);
    expect(listed).toHaveLength(2);
    const [a, b] = listed.map((c) => (c.source.kind === 'meeting' ? c.source.joinUrl : undefined));
    expect(sameMeetingLink(a, b)).toBe(true);
    overview.close();
    expect(graph.scopeFailures).toEqual([]);
  });

  it('asks for the meeting chat with Chat.ReadBasic only and no query options (chat-get supports none)', async () => {
    const graph = createFakeGraph();
    graph.addMeetingChat(CHAT_ID, { joinWebUrl: FROM_CHAT });
    const tokens = tokensFor('megan@contoso.com');
    const keys = await meetingChatKeys(tokens, CHAT_ID, { fetch: graph.fetch });
    expect(keys.joinUrl).toBe(FROM_CHAT);
    expect(tokens.asked).toEqual([['Chat.ReadBasic']]);
    expect(new URL(graph.requests[0]!.url).search).toBe('');
  });
});
