/**
 * `npm run setup`: everything `npm start` prepares, without starting the platform. Useful to
 * warm a machine (CI images, a laptop before a flight): npm dependencies (done by bootstrap.cjs),
 * the Temporal CLI, the workflow bundle and the Next.js builds.
 */
import path from 'node:path';
import {
  buildNextApp,
  buildWorkflowBundle,
  ensureTemporalCli,
  say,
  stateDir,
  timed,
} from '@mpb/devkit';

async function main(): Promise<void> {
  if (!process.env.TEMPORAL_ADDRESS) say.ok(`Temporal CLI: ${ensureTemporalCli()}`);
  const bundle = path.join(stateDir, 'build', 'workflow-bundle.js');
  say.plain(
    `  workflow bundle: ${await timed('Workflow bundle', () => buildWorkflowBundle(bundle))}`,
  );
  for (const app of ['storefront', 'admin'] as const) {
    say.plain(
      `  ${app}: ${await timed(`Next.js build of ${app}`, () => buildNextApp(app, path.join(stateDir, 'logs')))}`,
    );
  }
  say.ok('set up; `npm start` will reuse all of this');
}

main().catch((error: unknown) => {
  say.fail(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
