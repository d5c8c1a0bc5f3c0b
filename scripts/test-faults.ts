/**
 * `npm run test:faults [-- scenario …]`: injects faults into a running store and checks that nothing
 * was lost or applied twice (docs/reliability.md). Against the production build: two `scripts/serve.mjs`
 * processes behind a balancer, the embedded PostgreSQL, the fake Wompi and a local SMTP server.
 *
 * Scenarios (all by default): kill-storm, postgres-restart, wompi-outage, smtp-outage, webhook-storm.
 * After each one the cross-table invariants must hold (lib/invariants/check-invariants.ts); at the end,
 * once background work has drained, every outbox row must be delivered and every email sent.
 * Figures are printed and written to docs/reliability.md. Exits 1 on any problem.
 *
 * Knobs: FAULTS_WOMPI_OUTAGE_S (60), FAULTS_SMTP_OUTAGE_S (20), FAULTS_PG_OUTAGE_S (10),
 * FAULTS_STORM_SHOPPERS (300), FAULTS_STORM_ORDERS (20), FAULTS_STORM_COPIES (50); ports FAULTS_*_PORT.
 */
import { checkInvariants } from '../lib/invariants/check-invariants';
import { writeBenchSection } from './lib/bench-report';
import { machineLine } from './lib/bench-harness';
import { SCENARIOS, type ScenarioResult } from './faults/scenarios';
import { settledViolations, startWorld } from './faults/world';

type Name = keyof typeof SCENARIOS;

async function main(): Promise<number> {
  const asked = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const unknown = asked.filter((a) => !(a in SCENARIOS));
  if (unknown.length > 0)
    throw new Error(`unknown scenario ${unknown.join(', ')}; known: ${Object.keys(SCENARIOS).join(', ')}`);
  const names = (asked.length > 0 ? asked : Object.keys(SCENARIOS)) as Name[];

  const world = await startWorld({ instances: 2 });
  const results: Array<{ name: Name; ms: number; result: ScenarioResult }> = [];
  try {
    for (const name of names) {
      console.log(`━━ ${SCENARIOS[name].title}`);
      const started = Date.now();
      let result: ScenarioResult;
      try {
        result = await SCENARIOS[name].run(world);
      } catch (error) {
        result = {
          figures: {},
          problems: [`scenario crashed: ${error instanceof Error ? error.stack : String(error)}`],
        };
      }
      const violations = await checkInvariants(world.db);
      result.problems.push(...violations.map((v) => `invariant "${v.invariant}" broken: ${v.detail}`));
      results.push({ name, ms: Date.now() - started, result });
      for (const [key, value] of Object.entries(result.figures)) console.log(`   ${key}: ${value}`);
      console.log(
        result.problems.length === 0 ? '   ✔ no problem' : result.problems.map((p) => `   ✖ ${p}`).join('\n'),
      );
    }
    console.log('━━ settled invariants (outbox delivered, emails sent)');
    const settled = await settledViolations(world);
    console.log(
      settled.length === 0
        ? '   ✔ every invariant holds'
        : settled.map((v) => `   ✖ ${v.invariant}: ${v.detail}`).join('\n'),
    );
    const allProblems = results.flatMap((r) => r.result.problems).length + settled.length;

    const rows = results.map(({ name, ms, result }) => {
      const figures = Object.entries(result.figures)
        .map(([k, v]) => `${k}: ${v}`)
        .join('; ');
      const verdict = result.problems.length === 0 ? '✅' : `❌ ${result.problems.slice(0, 3).join('; ')}`;
      return `| ${SCENARIOS[name].title} | ${(ms / 1000).toFixed(0)} s | ${figures} | ${verdict} |`;
    });
    writeBenchSection(
      `faults-${names.length === Object.keys(SCENARIOS).length ? 'all' : names.join('-')}`,
      [
        `## Fault suite (\`npm run test:faults${asked.length ? ` -- ${asked.join(' ')}` : ''}\`)`,
        '',
        `- Machine: ${machineLine()}`,
        '- Two `scripts/serve.mjs` instances (one worker each) of the production build behind a round-robin balancer, embedded PostgreSQL, fake Wompi, local SMTP server; every instance runs the embedded job runner.',
        '',
        '| scenario | time | figures | result |',
        '| --- | ---: | --- | --- |',
        ...rows,
        '',
        `Settled invariants at the end: ${settled.length === 0 ? '✅ every outbox row delivered, every email sent, ledgers agree' : `❌ ${settled.length} violations`}.`,
      ].join('\n'),
      'docs/reliability.md',
    );
    return allProblems === 0 ? 0 : 1;
  } finally {
    await world.close().catch((error: unknown) => console.error('closing the fault world failed', error));
  }
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
