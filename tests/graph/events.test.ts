import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { connectGraph } from '../../src/app/connectGraph';
import { meetingKeys, SCOPES } from '../../src/store/graph';
import { createFakeGraph } from '../fakes/graph/fakeGraph';
import { storeErrorOf } from './helpers';
import { tokensFor } from '../fakes/graph/tokens';

// A REST id as Outlook's convertToRestId gives it: URL-safe base64, often ending in '='.
const REST_ID = 'AAMkAGI2TG93AAA_x-y=';
const JOIN_URL = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%7d';

afterEach(() => {
  delete process.env.KEPT_GRAPH_RECORD;
});

describe('meetingKeys (event-get)', () => {
  it('reads the iCalUId and Teams join URL with one request, asking only Calendars.Read', async () => {
    const graph = createFakeGraph();
    graph.addEvent(REST_ID, { iCalUId: '040000008200E00074C5B7101A82E008-planning', joinUrl: JOIN_URL });
    const tokens = tokensFor('alex@contoso.com');
    const count = graph.mark();

    const keys = await meetingKeys(tokens, REST_ID, { fetch: graph.fetch });

    expect(keys).toEqual({ iCalUId: '040000008200E00074C5B7101A82E008-planning', joinUrl: JOIN_URL });
    expect(count()).toBe(1);
    expect(graph.requests[0]).toMatchObject({
      method: 'GET',
      url: 'https://graph.microsoft.com/v1.0/me/events/AAMkAGI2TG93AAA_x-y%3D?$select=iCalUId,onlineMeeting,onlineMeetingUrl',
    });
    expect(tokens.asked).toEqual([['Calendars.Read']]);
    expect(SCOPES.meetingKeys).toEqual(['Calendars.Read']);
    expect(graph.scopeFailures).toEqual([]);
  });

  it('gives only the iCalUId for a meeting that is not online, and the old onlineMeetingUrl when that is all there is', async () => {
    const graph = createFakeGraph();
    graph.addEvent('room-only', { iCalUId: 'ical-room' });
    graph.addEvent('skype', { iCalUId: 'ical-skype', onlineMeetingUrl: 'https://meet.lync.com/contoso/avery/ABC' });
    const tokens = tokensFor('alex@contoso.com');
    expect(await meetingKeys(tokens, 'room-only', { fetch: graph.fetch })).toEqual({ iCalUId: 'ical-room' });
    expect(await meetingKeys(tokens, 'skype', { fetch: graph.fetch })).toEqual({
      iCalUId: 'ical-skype',
      joinUrl: 'https://meet.lync.com/contoso/avery/ABC',
    });
  });

  it('keeps an id with path or query characters inside its path segment', async () => {
    const graph = createFakeGraph();
    graph.addEvent('1', { iCalUId: 'not-this-one' });
    const error = await storeErrorOf(
      meetingKeys(tokensFor('alex@contoso.com'), '../events/1?$select=body', { fetch: graph.fetch }),
    );
    expect(error.code).toBe('not-found');
    expect(graph.requests).toHaveLength(1);
    expect(graph.requests[0]?.url).toBe(
      'https://graph.microsoft.com/v1.0/me/events/..%2Fevents%2F1%3F%24select%3Dbody?$select=iCalUId,onlineMeeting,onlineMeetingUrl',
    );
  });

  it('throws StoreError as every Graph call does: not-found, refused consent, a blank id', async () => {
    const graph = createFakeGraph();
    const missing = await storeErrorOf(meetingKeys(tokensFor('alex@contoso.com'), 'gone', { fetch: graph.fetch }));
    expect(missing.code).toBe('not-found');
    expect(missing.message).toContain('The specified object was not found in the store.');

    graph.addEvent(REST_ID, { iCalUId: 'ical-1' });
    const before = graph.requests.length;
    const refused = await storeErrorOf(
      meetingKeys(tokensFor('alex@contoso.com', { refuse: ['Calendars.Read'] }), REST_ID, { fetch: graph.fetch }),
    );
    expect(refused.code).toBe('unauthorized');
    expect(graph.requests.length).toBe(before);

    const blank = await storeErrorOf(meetingKeys(tokensFor('alex@contoso.com'), '  ', { fetch: graph.fetch }));
    expect(blank.code).toBe('invalid');
    expect(graph.requests.length).toBe(before);
  });

  it('is refused by Graph without a calendar scope (the fake checks the documented permission)', async () => {
    const graph = createFakeGraph();
    graph.addEvent(REST_ID, { iCalUId: 'ical-1' });
    const wrongScope = async () => 'alex@contoso.com|Sites.ReadWrite.All';
    const error = await storeErrorOf(meetingKeys(wrongScope, REST_ID, { fetch: graph.fetch }));
    expect(error.code).toBe('forbidden');
    expect(graph.scopeFailures).toEqual(['event get needs Calendars.Read or Calendars.ReadWrite']);
  });

  it('retries a 503 with Retry-After like every other call', async () => {
    const graph = createFakeGraph({ faults: { next: ['503'], retryAfterSeconds: 0 } });
    graph.addEvent(REST_ID, { iCalUId: 'ical-1', joinUrl: JOIN_URL });
    expect(await meetingKeys(tokensFor('alex@contoso.com'), REST_ID, { fetch: graph.fetch })).toEqual({
      iCalUId: 'ical-1',
      joinUrl: JOIN_URL,
    });
    expect(graph.injected['503']).toBe(1);
    expect(graph.requests).toHaveLength(2);
  });

  it('records the request to KEPT_GRAPH_RECORD like the rest of the fake', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kept-record-')), 'requests.jsonl');
    process.env.KEPT_GRAPH_RECORD = file;
    const graph = createFakeGraph();
    graph.addEvent(REST_ID, { iCalUId: 'ical-1' });
    await meetingKeys(tokensFor('alex@contoso.com'), REST_ID, { fetch: graph.fetch });
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '')).toEqual({
      method: 'GET',
      url: 'https://graph.microsoft.com/v1.0/me/events/AAMkAGI2TG93AAA_x-y%3D?$select=iCalUId,onlineMeeting,onlineMeetingUrl',
      headers: expect.objectContaining({ authorization: 'Bearer <redacted>' }) as unknown,
      body: null,
    });
  });
});

describe('connectGraph().meetingKeys', () => {
  it('is bound to the connection’s sign-in', async () => {
    const graph = createFakeGraph();
    graph.addEvent(REST_ID, { iCalUId: 'ical-1', joinUrl: JOIN_URL });
    const tokens = tokensFor('alex@contoso.com');
    const connection = await connectGraph({
      hostKind: 'outlook',
      groupId: graph.groupId,
      teamName: 'Facilities',
      tokenProvider: tokens,
      fetch: graph.fetch,
    });
    if (connection.status !== 'connected') throw new Error(connection.status);
    expect(await connection.meetingKeys(REST_ID)).toEqual({ iCalUId: 'ical-1', joinUrl: JOIN_URL });
    expect(tokens.asked).toEqual([['Calendars.Read']]);
    connection.store.close();
  });
});
