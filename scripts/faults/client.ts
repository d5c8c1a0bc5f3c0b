/**
 * An HTTP client that behaves like a careful shop front end: every answer is recorded, and a request
 * whose outcome is unknown (network error, 502/503, 409 IDEMPOTENCY-IN-FLIGHT, 409 MKT-BUSY) is sent
 * again with the same Idempotency-Key, honouring Retry-After, until it gets a final answer or its
 * deadline passes.
 */
export type Answer = {
  url: string;
  status: number;
  code: string | null;
  body: unknown;
  ms: number;
  retryAfter: string | null;
  at: number;
};

export type Tally = {
  requests: number;
  byStatus: Record<string, number>;
  retries: number;
  maxMs: number;
  answers: Answer[];
};

export function newTally(): Tally {
  return { requests: 0, byStatus: {}, retries: 0, maxMs: 0, answers: [] };
}

export async function send(
  tally: Tally,
  url: string,
  init: { method?: string; cookie?: string; body?: unknown; key?: string; timeoutMs?: number },
): Promise<Answer> {
  const started = Date.now();
  let answer: Answer;
  try {
    const res = await fetch(url, {
      method: init.method ?? 'GET',
      headers: {
        ...(init.cookie ? { cookie: init.cookie } : {}),
        ...(init.key ? { 'idempotency-key': init.key } : {}),
        ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
      signal: AbortSignal.timeout(init.timeoutMs ?? 30_000),
      redirect: 'manual',
    });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: kept as text, which the checks treat as a broken envelope
    }
    const code = (body as { error?: { code?: string } } | null)?.error?.code ?? null;
    answer = {
      url,
      status: res.status,
      code,
      body,
      ms: Date.now() - started,
      retryAfter: res.headers.get('retry-after'),
      at: started,
    };
  } catch (error) {
    // undici reports every network failure as "TypeError: fetch failed"; the cause says which.
    const cause = (error as { cause?: { code?: string } } | null)?.cause?.code;
    const name = cause ?? (error instanceof Error ? error.name : 'Error');
    answer = { url, status: 0, code: name, body: null, ms: Date.now() - started, retryAfter: null, at: started };
  }
  tally.requests++;
  tally.byStatus[answer.status] = (tally.byStatus[answer.status] ?? 0) + 1;
  tally.maxMs = Math.max(tally.maxMs, answer.ms);
  tally.answers.push(answer);
  return answer;
}

const UNKNOWN_OUTCOME_CODES = new Set(['IDEMPOTENCY-IN-FLIGHT', 'MKT-BUSY']);

export function outcomeUnknown(answer: Answer): boolean {
  if (answer.status === 0 || answer.status === 502 || answer.status === 503 || answer.status >= 500) return true;
  if (answer.status === 429) return true;
  return answer.status === 409 && answer.code !== null && UNKNOWN_OUTCOME_CODES.has(answer.code);
}

/** Sends until the answer is final (2xx or a business refusal) or the deadline passes; null if never final. */
export async function sendUntilFinal(
  tally: Tally,
  url: string,
  init: Parameters<typeof send>[2] & { deadlineMs: number },
): Promise<Answer | null> {
  const deadline = Date.now() + init.deadlineMs;
  let first = true;
  while (Date.now() < deadline) {
    if (!first) tally.retries++;
    first = false;
    const answer = await send(tally, url, init);
    if (!outcomeUnknown(answer)) return answer;
    const hinted = Number(answer.retryAfter);
    const wait = Number.isFinite(hinted) && hinted > 0 ? Math.min(hinted * 1000, 2_000) : 250 + Math.random() * 250;
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
  return null;
}

export async function pool<T>(items: T[], concurrency: number, work: (item: T, index: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        await work(items[index]!, index);
      }
    }),
  );
}
