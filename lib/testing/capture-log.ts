import { Writable } from 'node:stream';
import pino from 'pino';

export type LogLine = { level: number; msg: string; [key: string]: unknown };

/** A real pino logger whose JSON lines are kept in memory, so tests assert what operators would read. */
export function captureLog() {
  const lines: LogLine[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n')) if (line.trim()) lines.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  const log = pino({ level: 'debug', base: { app: 'botica' } }, stream);
  return { log, lines, find: (msg: string) => lines.filter((l) => l.msg === msg) };
}
