import { describe, expect, it } from 'vitest';
import { connectGraph } from '../../src/app/connectGraph';
import { withSentItems } from '../../src/app/sentItemsHost';
import { createBrowserHost } from '../../src/hosts/browser/createBrowserHost';
import { SCOPES, sentInConversation } from '../../src/store/graph';
import { createFakeGraph } from '../fakes/graph/fakeGraph';
import { storeErrorOf } from './helpers';
import { tokensFor } from '../fakes/graph/tokens';

// "Recorded when sent" (item 5), in Graph mode: Outlook's host learns from Sent Items whether the
// reply Kept drafted went out, by conversation, with one documented request.

const CONVERSATION = 'AAQkAGI2TG93AAA+x/y=';
const SINCE = '2026-11-25T10:00:00.000Z';

describe('sentInConversation (mailfolder-list-messages on Sent Items)', () => {
  it('finds the replies sent in the conversation since the draft opened, oldest first, with one request', async () => {
    const graph = createFakeGraph();
    graph.addMailMessage({ id: 'later', conversationId: CONVERSATION, sentDateTime: '2026-11-25T10:09:00Z' });
    graph.addMailMessage({ id: 'reply', conversationId: CONVERSATION, sentDateTime: '2026-11-25T10:04:00Z' });
    graph.addMailMessage({ id: 'before', conversationId: CONVERSATION, sentDateTime: '2026-11-25T09:00:00Z' });
    graph.addMailMessage({ id: 'other', conversationId: 'AAQkAGother=', sentDateTime: '2026-11-25T10:05:00Z' });
    graph.addMailMessage({
      id: 'inbox',
      folder: 'inbox',
      conversationId: CONVERSATION,
      sentDateTime: '2026-11-25T10:06:00Z',
    });
    const tokens = tokensFor('alex@contoso.com');
    const count = graph.mark();

    const found = await sentInConversation(tokens, CONVERSATION, SINCE, { fetch: graph.fetch });

    expect(found.map((m) => [m.id, m.sentAt])).toEqual([
      ['reply', '2026-11-25T10:04:00.000Z'],
      ['later', '2026-11-25T10:09:00.000Z'],
    ]);
    expect(count()).toBe(1);
    const url = new URL(graph.requests[0]!.url);
    expect(url.pathname).toBe('/v1.0/me/mailFolders/sentitems/messages');
    expect(url.searchParams.get('$filter')).toBe(
      `conversationId eq '${CONVERSATION}' and sentDateTime ge 2026-11-25T10:00:00.000Z`,
    );
    expect(url.searchParams.get('$select')).toBe('id,conversationId,sentDateTime,subject');
    expect(url.searchParams.get('$orderby')).toBeNull();
    expect(tokens.asked).toEqual([['Mail.ReadBasic']]);
    expect(SCOPES.sentItems).toEqual(['Mail.ReadBasic']);
    expect(graph.scopeFailures).toEqual([]);
  });

  it('asks in Graph’s id alphabet and escapes quotes in the $filter literal', async () => {
    const graph = createFakeGraph();
    graph.addMailMessage({ id: 'r', conversationId: "AAQ+k/O'x=", sentDateTime: '2026-11-25T10:04:00Z' });
    const found = await sentInConversation(tokensFor('alex@contoso.com'), "AAQ-k_O'x=", SINCE, { fetch: graph.fetch });
    expect(found.map((m) => m.id)).toEqual(['r']);
    expect(new URL(graph.requests[0]!.url).searchParams.get('$filter')).toContain("conversationId eq 'AAQ+k/O''x='");
  });

  it('waits out a 429 with Retry-After and still answers', async () => {
    const graph = createFakeGraph({ faults: { next: ['429'], retryAfterSeconds: 0 } });
    graph.addMailMessage({ id: 'r', conversationId: CONVERSATION, sentDateTime: '2026-11-25T10:04:00Z' });
    const found = await sentInConversation(tokensFor('alex@contoso.com'), CONVERSATION, SINCE, { fetch: graph.fetch });
    expect(found.map((m) => m.id)).toEqual(['r']);
    expect(graph.injected['429']).toBe(1);
    expect(graph.retryAfterViolations).toBe(0);
  });

  it('throws StoreError when consent is refused, without a request, and for nonsense input', async () => {
    const graph = createFakeGraph();
    const refused = await storeErrorOf(
      sentInConversation(tokensFor('alex@contoso.com', { refuse: ['Mail.ReadBasic'] }), CONVERSATION, SINCE, {
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
      $filter: `conversationId eq '${CONVERSATION}' and sentDateTime ge 2026-11-25T10:00:00Z`,
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
    graph.addMailMessage({ id: 'r', conversationId: CONVERSATION, sentDateTime: '2026-11-25T10:04:00Z' });
    const asked: (boolean | undefined)[] = [];
    const tokens = Object.assign(
      async (scopes: readonly string[], options?: { interactive?: boolean }) => {
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
    const inner = createBrowserHost({
      user: { name: 'Alex', email: 'alex@contoso.com' },
      locale: 'en',
      theme: 'light',
      team: { id: connection.teamId, name: 'Facilities' },
      overviewUrl: 'overview.html',
      storage: { getItem: () => null, setItem: () => undefined },
    });
    expect(inner.mailbox).toBeUndefined();
    const host = withSentItems(inner, connection.sentInConversation);
    expect(host.user).toEqual(inner.user);
    expect(await host.mailbox?.sentInConversation(CONVERSATION, SINCE)).toEqual([
      { id: 'r', conversationId: CONVERSATION, sentAt: '2026-11-25T10:04:00.000Z', subject: 'Re: Request' },
    ]);
    await host.mailbox?.sentInConversation(CONVERSATION, SINCE, { mayAskToSignIn: true });
    // false: never a sign-in prompt; undefined: the token provider may show one (its default).
    expect(asked).toEqual([false, undefined]);
  });
});
