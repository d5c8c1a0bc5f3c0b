import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq, inArray, sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { emailMessages } from '@/db/schema';
import { createTestUser } from '@/lib/testing/fixtures';
import { testDb } from '@/lib/testing/test-db';
import { createMailTransport } from './mail-transport';
import { queueEmails } from './queue-email';
import { renderNoticeEmail } from './render-email';
import { sendDueEmails } from './send-due-emails';
import { freePort, startSmtpSink } from './testing/start-smtp-sink';

const smtpTransport = (url: string) =>
  createMailTransport({ smtpUrl: url, mailDir: '', timeoutMs: 1_000, from: 'Botica Spa <pedidos@botica.test>' });
const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

async function queue(count: number, tag: string) {
  const db = testDb();
  const user = await createTestUser(db);
  const email = await renderNoticeEmail('Pago confirmado: pedido #1 · Botica', {
    preview: 'Recibimos tu pago.',
    heading: 'Pago confirmado: pedido #1',
    greeting: 'Hola, Ana:',
    paragraphs: ['Recibimos tu pago de $ 49.900.'],
    details: [{ label: 'Pedido', value: '#1' }],
    cta: { label: 'Ver mi pedido', href: 'http://localhost:3000/cuenta/pedidos/1' },
  });
  return db.transaction((tx) =>
    queueEmails(
      tx,
      Array.from({ length: count }, (_, i) => ({
        dedupeKey: `${tag}:${i}`,
        kind: 'ORDER_STATUS' as const,
        userId: user.id,
        to: `cliente${i}@correo.test`,
        ...email,
      })),
    ),
  );
}

const rows = (ids: string[]) => testDb().select().from(emailMessages).where(inArray(emailMessages.id, ids));

describe('emails over SMTP', () => {
  it('a real local SMTP server receives each queued email once, with an HTML and a plain-text part', async () => {
    const sink = await startSmtpSink();
    closers.push(sink.close);
    const ids = await queue(3, 'smtp-ok');

    const result = await sendDueEmails(testDb(), { transport: smtpTransport(sink.url), ids });
    expect(result).toEqual({ claimed: 3, sent: 3, failed: 0 });
    expect(sink.received).toHaveLength(3);
    expect(new Set(sink.received.map((m) => m.to[0]))).toEqual(
      new Set(['cliente0@correo.test', 'cliente1@correo.test', 'cliente2@correo.test']),
    );
    const raw = sink.received[0]!.raw;
    expect(raw).toMatch(/Content-Type: text\/plain/);
    expect(raw).toMatch(/Content-Type: text\/html/);
    expect(raw).toContain('Botica');
    expect((await rows(ids)).every((r) => r.status === 'SENT' && r.transport === 'SMTP' && r.sentAt !== null)).toBe(
      true,
    );

    // Queueing the same facts again is a no-op, and nothing is due: nothing is sent twice.
    expect(await queue(0, 'smtp-ok')).toEqual([]);
    expect(await sendDueEmails(testDb(), { transport: smtpTransport(sink.url), ids })).toEqual({
      claimed: 0,
      sent: 0,
      failed: 0,
    });
    expect(sink.received).toHaveLength(3);
  });

  it('with SMTP down the emails are kept with their error, retried after a backoff, then delivered once', async () => {
    const port = await freePort();
    const ids = await queue(2, 'smtp-down');

    const down = await sendDueEmails(testDb(), {
      transport: smtpTransport(`smtp://127.0.0.1:${port}`),
      ids,
      retryBaseMs: 60_000,
    });
    expect(down).toEqual({ claimed: 2, sent: 0, failed: 2 });
    const failed = await rows(ids);
    expect(
      failed.every(
        (r) => r.status === 'RETRYING' && r.attempts === 1 && /ECONNREFUSED|connect/i.test(r.lastError ?? ''),
      ),
    ).toBe(true);

    // Not due yet: the backoff holds them back even though the server is back.
    const sink = await startSmtpSink({ port });
    closers.push(sink.close);
    expect(await sendDueEmails(testDb(), { transport: smtpTransport(sink.url), ids })).toMatchObject({ claimed: 0 });

    await testDb().execute(
      sql`UPDATE email_messages SET available_at = now() WHERE id IN (${sql.join(
        ids.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`,
    );
    expect(await sendDueEmails(testDb(), { transport: smtpTransport(sink.url), ids })).toEqual({
      claimed: 2,
      sent: 2,
      failed: 0,
    });
    expect(sink.received).toHaveLength(2);
    const sent = await rows(ids);
    expect(sent.every((r) => r.status === 'SENT' && r.attempts === 2 && r.lastError === null)).toBe(true);
  });

  it('four senders at once send each email exactly once', async () => {
    const sink = await startSmtpSink();
    closers.push(sink.close);
    const ids = await queue(40, 'smtp-race');
    const results = await Promise.all(
      Array.from({ length: 4 }, () => sendDueEmails(testDb(), { transport: smtpTransport(sink.url), ids, limit: 40 })),
    );
    expect(results.reduce((n, r) => n + r.sent, 0)).toBe(40);
    expect(sink.received).toHaveLength(40);
    expect(new Set(sink.received.map((m) => m.messageId)).size).toBe(40);
  });
});

describe('emails without SMTP', () => {
  it('writes each email as an .eml file named by its row, and records the path', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'botica-mail-'));
    const [id] = await queue(1, 'file');
    const transport = createMailTransport({ mailDir: dir, timeoutMs: 1_000, from: 'Botica Spa <pedidos@botica.test>' });
    expect(await sendDueEmails(testDb(), { transport, ids: [id!] })).toMatchObject({ sent: 1 });
    const [row] = await testDb().select().from(emailMessages).where(eq(emailMessages.id, id!));
    expect(row).toMatchObject({ status: 'SENT', transport: 'FILE', filePath: path.join(dir, `${id}.eml`) });
    const eml = await readFile(row!.filePath!, 'utf8');
    // Non-ASCII subjects are MIME-encoded; the header is there either way.
    expect(eml).toMatch(/^Subject: /m);
    expect(eml).toContain('To: cliente0@correo.test');
    expect(eml).toContain(`Message-ID: <${id}@botica.mail>`);
  });
});
