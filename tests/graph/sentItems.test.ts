import { describe, expect, it } from 'vitest';
import { connectGraph } from '../../src/app/connectGraph';
import { withSentItems } from '../../src/app/sentItemsHost';
import { createBrowserHost } from '../../src/hosts/browser/createBrowserHost';
import { SCOPES, sentInConversation } from '../../src/store/graph';
import { graphConversationId } from '../../src/store/graph/sentItems';
import { createFakeGraph } from '../fakes/graph/fakeGraph';
import { storeErrorOf } from './helpers';
import { tokensFor, tokensWithConsent } from '../fakes/graph/tokens';

// "Recorded when sent" (item 5), in Graph mode: Outlook's host learns from Sent Items whether the
// reply Kept drafted went out, by conversation, with one documented request.

// Office.js gives conversation ids in standard base64 ('+', '/'); Graph stores and answers them in the
// URL-safe form ('-' for '/', '_' for '+'), as Office.js's own convertToRestId maps them.
const CONVERSATION = 'AAQkAGI2TG93AAA+x/y=';
const IN_GRAPH = 'AAQkAGI2TG93AAA_x-y=';
const SINCE = '2026-11-25T10:00:00.000Z';

describe('sentInConversation (mailfolder-list-messages on Sent Items)', () => {
  it('finds the replies sent in the conversation since the draft opened, oldest first, with one request', async () => {
    const graph = createFakeGraph();
    graph.addMailMessage({ id: 'later', conversationId: IN_GRAPH, sentDateTime: '2026-11-25T10:09:00Z' });
    graph.addMailMessage({ id: 'reply', conversationId: IN_GRAPH, sentDateTime: '2026-11-25T10:04:00Z' });
    graph.addMailMessage({ id: 'before', conversationId: IN_GRAPH, sentDateTime: '2026-11-25T09:00:00Z' });
    graph.addMailMessage({ id: 'other', conversationId: 'AAQkAGother=', sentDateTime: '2026-11-25T10:05:00Z' });
    graph.addMailMessage({
      id: 'inbox',
      folder: 'inbox',
      conversationId: IN_GRAPH,
      sentDateTime: '2026-11-25T10:06:00Z',
    });
    const tokens = tokensWithConsent('alex@contoso.com');
    const count = graph.mark();

    const found = await sentInConversation(tokens, CONVERSATION, SINCE, { fetch: graph.fetch });

    expect(found.map((m) => [m.id, m.sentAt])).toEqual([
      ['imm-reply', '2026-11-25T10:04:00.000Z'],
      ['imm-later', '2026-11-25T10:09:00.000Z'],
    ]);
    expect(count()).toBe(1);
    const url = new URL(graph.requests[0]!.url);
    expect(url.pathname).toBe('/v1.0/me/mailFolders/sentitems/messages');
    expect(url.searchParams.get('$filter')).toBe(
      `conversationId eq '${IN_GRAPH}' and sentDateTime ge 2026-11-25T10:00:00.000Z`,
    );
    expect(url.searchParams.get('$select')).toBe('id,conversationId,sentDateTime,subject');
    expect(url.searchParams.get('$orderby')).toBeNull();
    // Nothing granted yet: the covering scopes are tried silently, and consent is asked for the least privileged.
    expect(tokens.prompts).toEqual([['Mail.ReadBasic']]);
    expect(SCOPES.sentItems).toEqual(['Mail.ReadBasic']);
    expect(graph.scopeFailures).toEqual([]);
  });

  it('asks in Graph’s URL-safe id alphabet (Office.js “/” → “-”, “+” → “_”) and escapes quotes in the $filter literal', async () => {
    const graph = createFakeGraph();
    graph.addMailMessage({ id: 'r', conversationId: "AAQ_k-O'x=", sentDateTime: '2026-11-25T10:04:00Z' });
    const found = await sentInConversation(tokensFor('alex@contoso.com'), "AAQ+k/O'x=", SINCE, { fetch: graph.fetch });
    expect(found.map((m) => m.id)).toEqual(['imm-r']);
    expect(new URL(graph.requests[0]!.url).searchParams.get('$filter')).toContain("conversationId eq 'AAQ_k-O''x='");
  });

  it('converts idempotently: an id already in Graph’s form is asked as it is', () => {
    expect(graphConversationId(' AAQ+k/O/x+= ')).toBe('AAQ_k-O-x_=');
    expect(graphConversationId('AAQ_k-O-x_=')).toBe('AAQ_k-O-x_=');
    expect(graphConversationId(graphConversationId('a+b/c'))).toBe('a_b-c');
  });

  it('asks for immutable message ids and follows the pages of a long conversation', async () => {
    const graph = createFakeGraph();
    for (let i = 0; i < 120; i++)
      graph.addMailMessage({
        id: `m${i}`,
        conversationId: IN_GRAPH,
        sentDateTime: new Date(Date.parse(SINCE) + (i + 1) * 60_000).toISOString(),
      });
    const found = await sentInConversation(tokensFor('alex@contoso.com'), CONVERSATION, SINCE, { fetch: graph.fetch });
    expect(found).toHaveLength(120);
    expect(found[0]?.id).toBe('imm-m0');
    expect(graph.requests.length).toBeGreaterThan(1);
    for (const request of graph.requests) expect(request.headers.prefer).toBe('IdType="ImmutableId"');
  });

  it('uses a mail permission the user already granted (Mail.ReadWrite for follow-up flags) instead of asking for another', async () => {
    const graph = createFakeGraph();
    graph.addMailMessage({ id: 'r', conversationId: IN_GRAPH, sentDateTime: '2026-11-25T10:04:00Z' });
    const tokens = tokensWithConsent('alex@contoso.com', { granted: ['Mail.ReadWrite'] });
    const found = await sentInConversation(tokens, CONVERSATION, SINCE, { fetch: graph.fetch });
    expect(found.map((m) => m.id)).toEqual(['imm-r']);
    expect(tokens.prompts).toEqual([]);
    expect(graph.scopeFailures).toEqual([]);
  });

  it('waits out a 429 with Retry-After and still answers', async () => {
    const graph = createFakeGraph({ faults: { next: ['429'], retryAfterSeconds: 0 } });
    graph.addMailMessage({ id: 'r', conversationId: IN_GRAPH, sentDateTime: '2026-11-25T10:04:00Z' });
    const found = await sentInConversation(tokensFor('alex@contoso.com'), CONVERSATION, SINCE, { fetch: graph.fetch });
    expect(found.map((m) => m.id)).toEqual(['imm-r']);
    expect(graph.injected['429']).toBe(1);
    expect(graph.retryAfterViolations).toBe(0);
  });

  it('throws StoreError when consent is refused, without a request, and for nonsense input', async () => {
    const graph = createFakeGraph();
    const refused = await storeErrorOf(
      sentInConversation(tokensWithConsent('alex@contoso.com', { refuse: ['Mail.ReadBasic'] }), CONVERSATION, SINCE, {
        fetch: graph.fetch,
      }),
    );
    expect(refused.code).toBe('unauthorized');
    expect(graph.requests).toHaveLength(0);
    expect((await storeErrorOf(sentInConversation(tokensFor('a@x'), ' ', SINCE, { fetch: graph.fetch }))).code).toBe(
      'invalid',
    );
    expect(
      (await storeErrorOf(sentInConversation(tokensFor('a@x'), CONVERSATION, 'later', { fetch: graph.fetch }))).code,
    ).toBe('invalid');
  });

  it('is answered the way Graph does: 403 without a mail scope, 400 InefficientFilter for a misplaced $orderby', async () => {
    const graph = createFakeGraph();
    const noMail = await graph.fetch('https://graph.microsoft.com/v1.0/me/mailFolders/sentitems/messages', {
      headers: { Authorization: 'Bearer alex@contoso.com|Sites.ReadWrite.All' },
    });
    expect(noMail.status).toBe(403);
    const q = new URLSearchParams({
      $filter: `conversationId eq '${IN_GRAPH}' and sentDateTime ge 2026-11-25T10:00:00Z`,
      $orderby: 'sentDateTime desc',
    });
    const inefficient = await graph.fetch(`https://graph.microsoft.com/v1.0/me/mailFolders/sentitems/messages?${q}`, {
      headers: { Authorization: 'Bearer alex@contoso.com|Mail.ReadBasic' },
    });
    expect(inefficient.status).toBe(400);
    expect(((await inefficient.json()) as { error: { code: string } }).error.code).toBe('InefficientFilter');
  });
});

describe('the Outlook host in Graph mode learns what was sent', () => {
  it('gives the host a mailbox that reads Sent Items, asking to sign in only when the user asked', async () => {
    const graph = createFakeGraph();
    graph.addMailMessage({ id: 'r', conversationId: IN_GRAPH, sentDateTime: '2026-11-25T10:04:00Z' });
    const asked: (boolean | undefined)[] = [];
    const tokens = Object.assign(
      async (scopes: readonly string[], options?: { interactive?: boolean }) => {
        // Only Mail.ReadBasic was ever granted: the broader mail scopes are refused (silently).
        if (scopes.some((s) => s === 'Mail.ReadWrite' || s === 'Mail.Read')) throw new Error('interaction required');
        asked.push(options?.interactive);
        return `alex@contoso.com|${scopes.join(' ')}`;
      },
      { asked: [] as string[][] },
    );
    const connection = await connectGraph({
      hostKind: 'outlook',
      groupId: 'group-1',
      tokenProvider: tokens,
      fetch: graph.fetch,
    });
    if (connection.status !== 'connected') throw new Error(connection.status);
    // An Outlook-like host: the browser host without its demo inbox.
    const { mailbox: demoInbox, ...inner } = createBrowserHost({
      user: { name: 'Alex', email: 'alex@contoso.com' },
      locale: 'en',
      theme: 'light',
      team: { id: connection.teamId, name: 'Facilities' },
      overviewUrl: 'overview.html',
      storage: { getItem: () => null, setItem: () => undefined },
    });
    expect(demoInbox).toBeDefined();
    const host = withSentItems(inner, connection);
    expect(host.user).toEqual(inner.user);
    expect(await host.mailbox?.sentInConversation(CONVERSATION, SINCE)).toEqual([
      { id: 'imm-r', conversationId: IN_GRAPH, sentAt: '2026-11-25T10:04:00.000Z', subject: 'Re: Request' },
    ]);
    await host.mailbox?.sentInConversation(CONVERSATION, SINCE, { mayAskToSignIn: true });
    // false: never a sign-in prompt; undefined: the token provider may show one (its default).
    expect(asked).toEqual([false, undefined]);
  });
});
