import { isOk } from './errors';
import type { GraphCall } from './pipeline';
import { relativeUrl, safeToRepeat, type GraphMethod, type GraphRequest } from './types';

/** One answer inside a `$batch` response: https://learn.microsoft.com/graph/json-batching */
export interface BatchAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

interface BatchResponseBody {
  readonly responses?: readonly { id?: unknown; status?: unknown; headers?: unknown; body?: unknown }[];
}

/** Graph accepts at most 20 requests per batch. */
export const MAX_BATCH = 20;

/**
 * Sends several requests that belong to one user action as one JSON `$batch` (one round trip).
 * Requests in a batch are independent (no `dependsOn`): each answer is handled on its own, so a
 * 412 or 429 on one does not touch the others. One request is sent as itself, not as a batch.
 * Written by hand rather than with the Graph client's BatchRequestContent because that helper
 * wants fetch `Request` objects and base64 bodies, which add nothing here.
 */
export async function sendBatch(call: GraphCall, requests: readonly GraphRequest[]): Promise<BatchAnswer[]> {
  const answers: BatchAnswer[] = [];
  for (let start = 0; start < requests.length; start += MAX_BATCH) {
    answers.push(...(await sendChunk(call, requests.slice(start, start + MAX_BATCH))));
  }
  return answers;
}

async function sendChunk(call: GraphCall, requests: readonly GraphRequest[]): Promise<BatchAnswer[]> {
  const [only] = requests;
  if (requests.length === 1 && only !== undefined) {
    const response = await call(only, ALL_STATUSES);
    const headers: Record<string, string> = {};
    response.headers.forEach((value, key) => (headers[key] = value));
    return [{ status: response.status, headers, body: response.body }];
  }
  const scopes = [...new Set(requests.flatMap((r) => r.scopes))];
  const response = await call({
    method: 'POST',
    url: '/$batch',
    scopes,
    idempotent: requests.every(safeToRepeat),
    body: {
      requests: requests.map((r, index) => ({
        id: String(index + 1),
        method: r.method satisfies GraphMethod,
        url: relativeUrl(r.url),
        ...(r.headers !== undefined || r.body !== undefined
          ? { headers: { ...r.headers, ...(r.body !== undefined ? { 'Content-Type': 'application/json' } : {}) } }
          : {}),
        ...(r.body !== undefined ? { body: r.body } : {}),
      })),
    },
  });
  const body = response.body as BatchResponseBody | undefined;
  const byId = new Map((body?.responses ?? []).map((r) => [String(r.id), r]));
  return requests.map((_, index) => {
    const answer = byId.get(String(index + 1));
    if (answer === undefined) return { status: 503, headers: {}, body: undefined };
    return {
      status: typeof answer.status === 'number' ? answer.status : 500,
      headers: isStringRecord(answer.headers) ? answer.headers : {},
      body: answer.body,
    };
  });
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return typeof value === 'object' && value !== null && Object.values(value).every((v) => typeof v === 'string');
}

/** Every status: a single request sent through sendBatch is judged answer by answer, like a batch. */
const ALL_STATUSES: readonly number[] = Array.from({ length: 500 }, (_, i) => i + 100);

export const answerOk = (answer: BatchAnswer) => isOk(answer.status);
