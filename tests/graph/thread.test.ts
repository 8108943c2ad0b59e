import { describe, expect, it } from 'vitest';
import { threadSince, THREAD_PAGE } from '../../src/store/graph/conversation';
import { SCOPES } from '../../src/store/graph';
import { createFakeGraph } from '../fakes/graph/fakeGraph';
import { tokensFor, tokensWithConsent } from '../fakes/graph/tokens';
import { storeErrorOf } from './helpers';

// The request's thread in the owner's mailbox (issue 14): one request per refresh, narrow by what was
// last seen, so an unchanged thread answers with nothing; 500 messages stay one paged request.

const ME = 'alex@contoso.com';
const OFFICE_ID = 'AAQkAGI2TG93AAA+x/y=';
const GRAPH_ID = 'AAQkAGI2TG93AAA_x-y=';
const REQUEST_AT = '2026-11-20T09:00:00.000Z';
const priya = { emailAddress: { name: 'Priya Raman', address: 'priya@contoso.com' } };
const alex = { emailAddress: { name: 'Alex Wilber', address: ME } };
const minutes = (n: number) => new Date(Date.parse(REQUEST_AT) + n * 60_000).toISOString();

function threadGraph() {
  const graph = createFakeGraph();
  graph.addMailMessage({
    id: 'request',
    folder: 'inbox',
    conversationId: GRAPH_ID,
    sentDateTime: REQUEST_AT,
    from: priya,
    bodyPreview: 'Could you refresh the dashboard?',
  });
  graph.addMailMessage({ id: 'mine', conversationId: GRAPH_ID, sentDateTime: minutes(30), from: alex });
  graph.addMailMessage({
    id: 'theirs',
    folder: 'inbox',
    conversationId: GRAPH_ID,
    sentDateTime: minutes(60),
    receivedDateTime: minutes(61),
    from: priya,
    bodyPreview: '<img src=x onerror=alert(1)> Fine, <b>the 20th</b> works.',
  });
  graph.addMailMessage({
    id: 'draft',
    folder: 'drafts',
    conversationId: GRAPH_ID,
    sentDateTime: minutes(70),
    isDraft: true,
  });
  graph.addMailMessage({ id: 'elsewhere', folder: 'inbox', conversationId: 'AAQkOther=', sentDateTime: minutes(80) });
  return graph;
}

describe('threadSince (user-list-messages, narrowed by the last message seen)', () => {
  it('reads what arrived after the watermark, newest first, in one documented request', async () => {
    const graph = threadGraph();
    const tokens = tokensWithConsent(ME);
    const count = graph.mark();
    const page = await threadSince(tokens, OFFICE_ID, REQUEST_AT, { user: ME, fetch: graph.fetch });

    expect(count()).toBe(1);
    expect(page.more).toBe(false);
    expect(page.messages.map((m) => [m.id, m.fromMe, m.receivedAt])).toEqual([
      ['imm-theirs', false, minutes(61)],
      ['imm-mine', true, minutes(30)],
    ]);
    expect(page.messages[0]).toMatchObject({
      from: { name: 'Priya Raman', email: 'priya@contoso.com' },
      sentAt: minutes(60),
      // Text as Graph gives it; the markup is never interpreted (the domain keeps it as text).
      preview: '<img src=x onerror=alert(1)> Fine, <b>the 20th</b> works.',
    });
    const request = graph.requests[0]!;
    const url = new URL(request.url);
    expect(url.pathname).toBe('/v1.0/me/messages');
    expect(url.searchParams.get('$filter')).toBe(
      `receivedDateTime gt 2026-11-20T09:00:00.000Z and conversationId eq '${GRAPH_ID}'`,
    );
    expect(url.searchParams.get('$orderby')).toBe('receivedDateTime desc');
    expect(url.searchParams.get('$top')).toBe(String(THREAD_PAGE));
    expect(url.searchParams.get('$select')).toContain('bodyPreview');
    expect(request.headers.prefer).toBe('IdType="ImmutableId"');
    expect(tokens.prompts).toEqual([['Mail.Read']]);
    expect(SCOPES.thread).toEqual(['Mail.Read']);
    expect(graph.scopeFailures).toEqual([]);
  });

  it('answers an unchanged thread with nothing: the next refresh from the newest message seen is empty', async () => {
    const graph = threadGraph();
    const first = await threadSince(tokensFor(ME), OFFICE_ID, REQUEST_AT, { user: ME, fetch: graph.fetch });
    const count = graph.mark();
    const again = await threadSince(tokensFor(ME), OFFICE_ID, first.messages[0]!.receivedAt, {
      user: ME,
      fetch: graph.fetch,
    });
    expect(count()).toBe(1);
    expect(again.messages).toEqual([]);
  });

  it('keeps a conversation of 500 messages to one paged request: the newest 50', async () => {
    const graph = createFakeGraph();
    for (let i = 1; i <= 500; i++)
      graph.addMailMessage({
        id: `m${i}`,
        folder: i % 2 === 0 ? 'sentitems' : 'inbox',
        conversationId: GRAPH_ID,
        sentDateTime: minutes(i),
        from: i % 2 === 0 ? alex : priya,
        bodyPreview: `message ${i}`,
      });
    const count = graph.mark();
    const page = await threadSince(tokensFor(ME), OFFICE_ID, REQUEST_AT, { user: ME, fetch: graph.fetch });
    expect(count()).toBe(1);
    expect(page.messages).toHaveLength(50);
    expect(page.messages[0]?.preview).toBe('message 500');
    expect(page.more).toBe(true);
  });

  it('waits out a 429 with Retry-After and still answers', async () => {
    const graph = threadGraph();
    graph.faults.next.push('429');
    graph.faults.retryAfterSeconds = 0;
    const page = await threadSince(tokensFor(ME), OFFICE_ID, REQUEST_AT, { user: ME, fetch: graph.fetch });
    expect(page.messages).toHaveLength(2);
    expect(graph.injected['429']).toBe(1);
    expect(graph.retryAfterViolations).toBe(0);
  });

  it('uses Mail.ReadWrite when the user granted it for follow-up flags; refused consent is an error with no request', async () => {
    const graph = threadGraph();
    const granted = tokensWithConsent(ME, { granted: ['Mail.ReadWrite'] });
    expect((await threadSince(granted, OFFICE_ID, REQUEST_AT, { user: ME, fetch: graph.fetch })).messages).toHaveLength(
      2,
    );
    expect(granted.prompts).toEqual([]);
    const count = graph.mark();
    const refused = await storeErrorOf(
      threadSince(tokensWithConsent(ME, { refuse: ['Mail.Read'] }), OFFICE_ID, REQUEST_AT, {
        user: ME,
        fetch: graph.fetch,
      }),
    );
    expect(refused.code).toBe('unauthorized');
    expect(count()).toBe(0);
    expect(
      (await storeErrorOf(threadSince(tokensFor(ME), ' ', REQUEST_AT, { user: ME, fetch: graph.fetch }))).code,
    ).toBe('invalid');
  });

  it('is answered the way Graph does: InefficientFilter when the sorted property does not lead, 400 for $top over 1000, no previews with Mail.ReadBasic', async () => {
    const graph = threadGraph();
    const get = async (query: Record<string, string>, scope = 'Mail.Read') => {
      const res = await graph.fetch(`https://graph.microsoft.com/v1.0/me/messages?${new URLSearchParams(query)}`, {
        headers: { Authorization: `Bearer ${ME}|${scope}` },
      });
      return { status: res.status, body: (await res.json()) as { error?: { code: string }; value?: object[] } };
    };
    const inefficient = await get({
      $filter: `conversationId eq '${GRAPH_ID}' and receivedDateTime gt ${REQUEST_AT}`,
      $orderby: 'receivedDateTime desc',
    });
    expect([inefficient.status, inefficient.body.error?.code]).toEqual([400, 'InefficientFilter']);
    expect((await get({ $top: '2000' })).status).toBe(400);
    const basic = await get({ $filter: `conversationId eq '${GRAPH_ID}'` }, 'Mail.ReadBasic');
    expect(basic.status).toBe(200);
    expect(basic.body.value?.some((m) => 'bodyPreview' in m)).toBe(false);
  });
});
