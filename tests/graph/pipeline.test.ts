import { afterEach, describe, expect, it, vi } from 'vitest';
import { isStoreError, type StoreError } from '../../src/store/Store';
import { sendBatch } from '../../src/store/graph/http/batch';
import { createPipeline } from '../../src/store/graph/http/pipeline';
import type { FetchLike } from '../../src/store/graph/http/types';

const token = async () => 'token';
const json = (status: number, body?: unknown, headers: Record<string, string> = {}) =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });

function scripted(answers: (() => Response | Promise<Response>)[]) {
  const calls: number[] = [];
  const fetch: FetchLike = async () => {
    calls.push(Date.now());
    const next = answers.shift();
    if (next === undefined) throw new Error('no more answers');
    return next();
  };
  return { fetch, calls };
}

async function failure(promise: Promise<unknown>): Promise<StoreError> {
  try {
    await promise;
  } catch (error) {
    if (isStoreError(error)) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

afterEach(() => {
  vi.useRealTimers();
});

describe('Graph HTTP pipeline', () => {
  it('waits exactly the Retry-After on 429 (Graph client RetryHandler) and then succeeds', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { fetch, calls } = scripted([
      () => json(429, { error: { code: 'TooManyRequests' } }, { 'Retry-After': '7' }),
      () => json(503, undefined, { 'Retry-After': '2' }),
      () => json(200, { ok: true }),
    ]);
    const call = createPipeline({ fetch, getToken: token, now: () => new Date() });
    const result = call({ method: 'GET', url: '/me', scopes: ['User.Read'] });
    await vi.advanceTimersByTimeAsync(6_900);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(200);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(2_100);
    expect((await result).body).toEqual({ ok: true });
    expect(calls[1]! - calls[0]!).toBeGreaterThanOrEqual(7_000);
    expect(calls[2]! - calls[1]!).toBeGreaterThanOrEqual(2_000);
  });

  it('gives up after the bounded retries with throttled and the wait the service asked for', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const throttled = () => json(429, undefined, { 'Retry-After': '1' });
    const { fetch, calls } = scripted([throttled, throttled, throttled]);
    const call = createPipeline({
      fetch,
      getToken: token,
      now: () => new Date(),
      retry: { maxRetries: 2, delaySeconds: 1 },
    });
    const result = failure(call({ method: 'GET', url: '/me', scopes: [] }));
    await vi.advanceTimersByTimeAsync(5_000);
    const error = await result;
    expect(error.code).toBe('throttled');
    expect(error.retryAfterMs).toBe(1000);
    expect(calls).toHaveLength(3);
  });

  it('holds back every other request until the Retry-After has passed', async () => {
    let now = 0;
    const { fetch, calls } = scripted([() => json(429, undefined, { 'Retry-After': '30' }), () => json(200, {})]);
    const call = createPipeline({
      fetch,
      getToken: token,
      now: () => new Date(now),
      retry: { maxRetries: 0, delaySeconds: 0 },
    });
    expect((await failure(call({ method: 'GET', url: '/a', scopes: [] }))).code).toBe('throttled');
    now = 10_000;
    const held = await failure(call({ method: 'GET', url: '/b', scopes: [] }));
    expect(held.retryAfterMs).toBe(20_000);
    expect(calls).toHaveLength(1);
    now = 30_001;
    await call({ method: 'GET', url: '/b', scopes: [] });
    expect(calls).toHaveLength(2);
  });

  it('never retries before a Retry-After longer than RetryHandler’s 180 s cap: it answers throttled and the gate holds', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    for (const form of ['seconds', 'HTTP date'] as const) {
      const retryAfter = form === 'seconds' ? '600' : new Date(Date.now() + 600_000).toUTCString();
      const { fetch, calls } = scripted([
        () => json(429, { error: { code: 'TooManyRequests' } }, { 'Retry-After': retryAfter }),
        () => json(200, { ok: true }),
      ]);
      const call = createPipeline({ fetch, getToken: token, now: () => new Date() });
      const result = failure(call({ method: 'GET', url: '/me', scopes: [] }));
      await vi.advanceTimersByTimeAsync(200_000);
      const error = await result;
      expect(error.code, retryAfter).toBe('throttled');
      expect(error.retryAfterMs, retryAfter).toBeGreaterThan(590_000);
      expect(calls, `no request before the ${retryAfter} wait is over`).toHaveLength(1);
      // The store is held back for the whole wait, not for RetryHandler's 180 s.
      const held = await failure(call({ method: 'GET', url: '/other', scopes: [] }));
      expect(held.retryAfterMs).toBeGreaterThan(390_000);
      expect(calls).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(400_001);
    }
  });

  it('never sends a create again on 429, 503 or 504 (it may be on the list), but retries GET and PATCH', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    for (const status of [429, 503, 504]) {
      const answer = () => json(status, { error: { code: 'x' } }, { 'Retry-After': '1' });
      const { fetch, calls } = scripted([answer, answer, () => json(201, {})]);
      const call = createPipeline({ fetch, getToken: token, now: () => new Date() });
      const result = failure(call({ method: 'POST', url: '/sites/s/lists/l/items', scopes: [], body: { fields: {} } }));
      await vi.advanceTimersByTimeAsync(10_000);
      expect((await result).code, String(status)).toBe('throttled');
      expect(calls, `POST answered ${status}`).toHaveLength(1);
    }
    for (const method of ['GET', 'PATCH'] as const) {
      const { fetch, calls } = scripted([() => json(504, undefined), () => json(200, { ok: true })]);
      const call = createPipeline({ fetch, getToken: token, now: () => new Date() });
      const result = call({ method, url: '/x', scopes: [], ...(method === 'PATCH' ? { body: {} } : {}) });
      await vi.advanceTimersByTimeAsync(10_000);
      expect((await result).status).toBe(200);
      expect(calls, method).toHaveLength(2);
    }
  });

  it('never sends a $batch holding a create again on 504 or a dropped connection; a batch of PATCHes it does', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const create = { method: 'POST' as const, url: '/sites/s/lists/l/items', scopes: [], body: { fields: {} } };
    const patch = (id: string) => ({
      method: 'PATCH' as const,
      url: `/sites/s/lists/l/items/${id}/fields`,
      scopes: [],
      headers: { 'If-Match': '"{x},1"' },
      body: {},
    });
    const ok = () =>
      json(200, {
        responses: [
          { id: '1', status: 200 },
          { id: '2', status: 200 },
        ],
      });
    const drop = () => Promise.reject(new TypeError('fetch failed'));

    const withCreate = scripted([() => json(504, undefined), ok]);
    const callWithCreate = createPipeline({ fetch: withCreate.fetch, getToken: token, now: () => new Date() });
    const refused = failure(sendBatch(callWithCreate, [create, patch('2')]));
    await vi.advanceTimersByTimeAsync(10_000);
    expect((await refused).code).toBe('throttled');
    expect(withCreate.calls).toHaveLength(1);

    const dropped = scripted([drop, ok]);
    const callDropped = createPipeline({ fetch: dropped.fetch, getToken: token, now: () => new Date() });
    expect((await failure(sendBatch(callDropped, [create, patch('2')]))).code).toBe('offline');
    expect(dropped.calls).toHaveLength(1);

    const patches = scripted([() => json(504, undefined), ok]);
    const callPatches = createPipeline({ fetch: patches.fetch, getToken: token, now: () => new Date() });
    const answers = sendBatch(callPatches, [patch('1'), patch('2')]);
    await vi.advanceTimersByTimeAsync(10_000);
    expect((await answers).map((a) => a.status)).toEqual([200, 200]);
    expect(patches.calls).toHaveLength(2);
  });

  it('holds back other requests while the retry stage waits out a Retry-After', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const sent: string[] = [];
    let first = true;
    const fetch: FetchLike = async (url) => {
      sent.push(url);
      if (first) {
        first = false;
        return json(429, undefined, { 'Retry-After': '5' });
      }
      return json(200, {});
    };
    const call = createPipeline({ fetch, getToken: token, now: () => new Date() });
    const retried = call({ method: 'GET', url: '/a', scopes: [] });
    await vi.advanceTimersByTimeAsync(100);
    // Another part of the app asks for something while /a waits: it is told to wait too.
    const other = await failure(call({ method: 'GET', url: '/b', scopes: [] }));
    expect(other.code).toBe('throttled');
    expect(other.retryAfterMs).toBeGreaterThan(4_000);
    await vi.advanceTimersByTimeAsync(5_000);
    expect((await retried).status).toBe(200);
    expect(sent.map((u) => u.replace(/^.*v1\.0/, ''))).toEqual(['/a', '/a']);
  });

  it('turns statuses into StoreError codes', async () => {
    const cases: [number, string][] = [
      [400, 'invalid'],
      [401, 'unauthorized'],
      [403, 'forbidden'],
      [404, 'not-found'],
      [412, 'conflict'],
      [500, 'throttled'],
    ];
    for (const [status, code] of cases) {
      const { fetch } = scripted([() => json(status, { error: { code: 'x', message: `status ${status}` } })]);
      const call = createPipeline({
        fetch,
        getToken: token,
        now: () => new Date(),
        retry: { maxRetries: 0, delaySeconds: 0 },
      });
      const error = await failure(call({ method: 'PATCH', url: '/x', scopes: [], body: {} }));
      expect(error.code, String(status)).toBe(code);
      expect(error.message).toContain(`status ${status}`);
    }
  });

  it('retries a dropped GET, but never a dropped write (the outbox decides)', async () => {
    const drop = () => Promise.reject(new TypeError('fetch failed'));
    const read = scripted([drop, () => json(200, { value: [] })]);
    const sleeps: number[] = [];
    const callRead = createPipeline({
      fetch: read.fetch,
      getToken: token,
      now: () => new Date(),
      sleep: async (ms) => void sleeps.push(ms),
    });
    expect((await callRead({ method: 'GET', url: '/x', scopes: [] })).status).toBe(200);
    expect(sleeps).toEqual([500]);
    const write = scripted([drop, () => json(200, {})]);
    const callWrite = createPipeline({
      fetch: write.fetch,
      getToken: token,
      now: () => new Date(),
      sleep: async () => undefined,
    });
    expect((await failure(callWrite({ method: 'POST', url: '/x', scopes: [], body: {} }))).code).toBe('offline');
    expect(write.calls).toHaveLength(1);
  });

  it('times out a request that hangs and aborts it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let aborted = false;
    const fetch: FetchLike = (_url, init) =>
      new Promise((_, reject) => {
        init.signal?.addEventListener('abort', () => {
          aborted = true;
          reject(new DOMException('aborted', 'AbortError'));
        });
      });
    const call = createPipeline({
      fetch,
      getToken: token,
      now: () => new Date(),
      timeoutMs: 5_000,
      retry: { maxRetries: 0, delaySeconds: 0 },
    });
    const result = failure(call({ method: 'POST', url: '/x', scopes: [], body: {} }));
    await vi.advanceTimersByTimeAsync(5_001);
    expect((await result).code).toBe('offline');
    expect(aborted).toBe(true);
  });

  it('asks the token provider for the scopes of each request, and reports a refused sign-in as unauthorized', async () => {
    const asked: string[][] = [];
    const { fetch } = scripted([() => json(200, {})]);
    const call = createPipeline({
      fetch,
      getToken: async (scopes) => {
        asked.push([...scopes]);
        if (scopes.includes('Mail.ReadWrite')) throw new Error('consent_required');
        return 't';
      },
      now: () => new Date(),
    });
    await call({ method: 'GET', url: '/x', scopes: ['Sites.ReadWrite.All'] });
    expect(
      (await failure(call({ method: 'PATCH', url: '/me/messages/1', scopes: ['Mail.ReadWrite'], body: {} }))).code,
    ).toBe('unauthorized');
    expect(asked).toEqual([['Sites.ReadWrite.All'], ['Mail.ReadWrite']]);
  });

  it('sends several requests as one $batch and returns each answer in order', async () => {
    const bodies: unknown[] = [];
    const fetch: FetchLike = async (_url, init) => {
      bodies.push(JSON.parse(String(init.body)));
      return json(200, {
        responses: [
          { id: '2', status: 429, headers: { 'Retry-After': '3' } },
          { id: '1', status: 201, body: { id: 'a' } },
        ],
      });
    };
    const call = createPipeline({ fetch, getToken: token, now: () => new Date() });
    const answers = await sendBatch(call, [
      { method: 'POST', url: '/sites/s/lists/l/items', scopes: ['Sites.ReadWrite.All'], body: { fields: {} } },
      {
        method: 'PATCH',
        url: 'https://graph.microsoft.com/v1.0/me/messages/m',
        scopes: ['Mail.ReadWrite'],
        body: { flag: {} },
      },
    ]);
    expect(answers.map((a) => a.status)).toEqual([201, 429]);
    expect(answers[1]?.headers['Retry-After']).toBe('3');
    expect(bodies[0]).toMatchObject({
      requests: [
        { id: '1', method: 'POST', url: '/sites/s/lists/l/items', headers: { 'Content-Type': 'application/json' } },
        { id: '2', method: 'PATCH', url: '/me/messages/m' },
      ],
    });
  });
});
