import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** Replaces (or appends) one benchmark's section in docs/benchmarks.md, leaving the others alone. */
export function writeBenchSection(name: string, markdown: string, file = 'docs/benchmarks.md'): void {
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const block = `${start}\n${markdown.trim()}\n${end}`;
  const current = existsSync(file)
    ? readFileSync(file, 'utf8')
    : '# Benchmarks\n\nFigures from `npm run bench:*` on the project machine. Each section says when and where it was measured.\n';
  const pattern = new RegExp(`${start}[\\s\\S]*?${end}`);
  writeFileSync(file, pattern.test(current) ? current.replace(pattern, block) : `${current.trimEnd()}\n\n${block}\n`);
}
