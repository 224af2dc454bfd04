/**
 * `npm test`: sets up what is missing, then runs every check CI runs, in order: lint,
 * formatting, typecheck, unit tests, alert-rule tests, integration tests (real Postgres, Redis
 * and Temporal) and end-to-end tests (the whole platform behind the router).
 *
 *   npm test                        everything
 *   npm test -- --only unit,e2e     a subset (lint, format, typecheck, unit, alerts, integration, e2e)
 */
import { spawn } from 'node:child_process';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  buildNextApp,
  ensureSystemCommands,
  ensureTemporalCli,
  repoRoot,
  say,
  stateDir,
} from '@mpb/devkit';

const steps = ['lint', 'format', 'typecheck', 'unit', 'alerts', 'integration', 'e2e'] as const;
type Step = (typeof steps)[number];

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: repoRoot,
      stdio: 'inherit',
      env: { ...process.env, ...env },
    });
    child.once('exit', (code) => resolve(code === 0));
    child.once('error', () => resolve(false));
  });
}

const bin = (name: string) => path.join(repoRoot, 'node_modules', '.bin', name);
const jest = (project: string) =>
  run(bin('jest'), ['--selectProjects', project, '--ci'], { NEXT_TELEMETRY_DISABLED: '1' });

const runners: Record<Step, () => Promise<boolean | 'skipped'>> = {
  // Type-aware linting holds the programs of three tsconfigs at once: more than Node's
  // default heap of about 4 GB.
  lint: () =>
    run(bin('eslint'), ['--max-warnings=0', '.'], {
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=8192`.trim(),
    }),
  format: () => run(bin('prettier'), ['--check', '--log-level=warn', '.']),
  typecheck: () => run('npm', ['run', '--silent', 'typecheck']),
  unit: () => jest('unit'),
  alerts: async () => {
    if (spawnSync('promtool', ['--version']).status !== 0) {
      say.warn('promtool not found (Debian package `prometheus`): alert rule tests skipped');
      return 'skipped';
    }
    const rules = path.join('observability', 'alerts');
    return (
      (await run('promtool', ['check', 'rules', path.join(rules, 'platform.rules.yml')])) &&
      run('promtool', ['test', 'rules', path.join(rules, 'platform.rules.test.yml')])
    );
  },
  integration: () => jest('integration'),
  e2e: async () => {
    for (const app of ['storefront', 'admin'] as const) {
      say.step(`Next.js build of ${app}: ${await buildNextApp(app, path.join(stateDir, 'logs'))}`);
    }
    return jest('e2e');
  },
};

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { only: { type: 'string' } } });
  const selected = values.only ? (values.only.split(',') as Step[]) : [...steps];
  const unknown = selected.filter((step) => !steps.includes(step));
  if (unknown.length > 0)
    throw new Error(`unknown step(s): ${unknown.join(', ')}; known: ${steps.join(', ')}`);
  if (
    selected.some((step) => step === 'integration' || step === 'e2e') &&
    !process.env.TEMPORAL_ADDRESS
  ) {
    say.step(`Temporal CLI: ${ensureTemporalCli()}`);
  }
  ensureSystemCommands([
    ...(selected.includes('alerts') ? [{ command: 'promtool', aptPackage: 'prometheus' }] : []),
    ...(selected.includes('e2e') ? [{ command: 'chromium', aptPackage: 'chromium' }] : []),
  ]);

  const results: { step: Step; outcome: string; seconds: number }[] = [];
  for (const step of selected) {
    say.plain(`\n${say.bold(`── ${step} ──`)}`);
    const started = Date.now();
    const outcome = await runners[step]();
    const seconds = (Date.now() - started) / 1000;
    results.push({
      step,
      outcome: outcome === 'skipped' ? 'skipped' : outcome ? 'passed' : 'FAILED',
      seconds,
    });
    (outcome ? say.ok : say.fail)(
      `${step} ${outcome === 'skipped' ? 'skipped' : outcome ? 'passed' : 'failed'} (${seconds.toFixed(1)}s)`,
    );
  }

  say.plain(`\n${say.bold('Summary')}`);
  for (const result of results)
    say.plain(
      `  ${result.step.padEnd(12)} ${result.outcome.padEnd(8)} ${result.seconds.toFixed(1)}s`,
    );
  process.exit(results.some((result) => result.outcome === 'FAILED') ? 1 : 0);
}

main().catch((error: unknown) => {
  say.fail(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
