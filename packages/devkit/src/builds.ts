import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cachedBuild } from './cached-build';
import { repoRoot } from './paths';

const shared = [
  path.join(repoRoot, 'packages', 'contracts', 'src'),
  path.join(repoRoot, 'package-lock.json'),
];

function run(
  command: string,
  args: string[],
  cwd: string,
  logFile: string,
  env: Record<string, string> = {},
): Promise<void> {
  return new Promise((resolve, reject) => {
    const log = createWriteStream(logFile);
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.pipe(log);
    child.stderr.pipe(log);
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(' ')} failed (exit ${code}); see ${logFile}`)),
    );
  });
}

/** `next build` of one app, skipped when its sources did not change. */
export function buildNextApp(
  app: 'storefront' | 'admin',
  logDir: string,
): Promise<'built' | 'cached'> {
  const dir = path.join(repoRoot, app);
  mkdirSync(logDir, { recursive: true });
  return cachedBuild({
    stampFile: path.join(dir, '.next', '.mpb-source-hash'),
    // The whole app minus node_modules, .next and dotfiles, plus the shared contracts.
    inputs: [dir, ...shared],
    outputs: [path.join(dir, '.next', 'BUILD_ID')],
    build: () =>
      run(
        path.join(repoRoot, 'node_modules', '.bin', 'next'),
        ['build'],
        dir,
        path.join(logDir, `${app}-build.log`),
        {
          NEXT_TELEMETRY_DISABLED: '1',
        },
      ),
  });
}

/** The Temporal workflow bundle the worker loads (WORKFLOW_BUNDLE_PATH). */
export async function buildWorkflowBundle(outFile: string): Promise<'built' | 'cached'> {
  const { bundleWorkflowCode } = await import('@temporalio/worker');
  const { workflowsPath } = await import('@mpb/workflows');
  return cachedBuild({
    stampFile: `${outFile}.hash`,
    inputs: [path.join(repoRoot, 'workflows', 'src', 'workflows'), ...shared],
    outputs: [outFile],
    build: async () => {
      const noop = () => undefined;
      const { code } = await bundleWorkflowCode({
        workflowsPath,
        logger: { trace: noop, debug: noop, info: noop, warn: noop, error: noop, log: noop },
      });
      mkdirSync(path.dirname(outFile), { recursive: true });
      writeFileSync(outFile, code);
    },
  });
}
