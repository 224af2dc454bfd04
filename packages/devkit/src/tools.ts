import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { toolsDir } from './paths';
import { say } from './log';

/** Pinned: later tags use a go.mod `replace` and cannot be `go install`ed. */
export const TEMPORAL_CLI_MODULE = 'github.com/temporalio/cli/cmd/temporal@v1.5.1';
export const TEMPORAL_CLI_SERVER_VERSION = 'Server 1.29.1';

function goBinary(): string {
  for (const candidate of [process.env.GO, '/usr/local/go/bin/go', 'go']) {
    if (!candidate) continue;
    const result = spawnSync(candidate, ['version'], { encoding: 'utf8' });
    if (result.status === 0) return candidate;
  }
  throw new Error(
    'Go is required to build the Temporal CLI (https://go.dev/dl/); or set TEMPORAL_ADDRESS',
  );
}

function version(binary: string): string {
  try {
    return execFileSync(binary, ['--version'], { encoding: 'utf8' });
  } catch {
    return '';
  }
}

/** The Temporal CLI binary, built with `go install` into the tools directory on first use. */
export function ensureTemporalCli(): string {
  const binary = process.env.MPB_TEMPORAL_CLI ?? path.join(toolsDir, 'temporal');
  if (existsSync(binary) && version(binary).includes(TEMPORAL_CLI_SERVER_VERSION)) return binary;
  mkdirSync(toolsDir, { recursive: true });
  say.step(
    `building the Temporal CLI (${TEMPORAL_CLI_MODULE}); the first build takes a few minutes`,
  );
  const result = spawnSync(goBinary(), ['install', TEMPORAL_CLI_MODULE], {
    stdio: 'inherit',
    env: { ...process.env, GOBIN: toolsDir },
  });
  if (result.status !== 0 || !existsSync(binary))
    throw new Error('building the Temporal CLI failed');
  return binary;
}

function hasCommand(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

/**
 * Installs Debian packages whose commands are missing (chromium for browser tests, prometheus
 * for promtool), when running as root with apt-get; otherwise says what to install.
 */
export function ensureSystemCommands(wanted: { command: string; aptPackage: string }[]): string[] {
  const missing = wanted.filter((item) => !hasCommand(item.command));
  if (missing.length === 0) return [];
  const packages = missing.map((item) => item.aptPackage);
  if (process.getuid?.() !== 0 || !hasCommand('apt-get')) {
    say.warn(
      `missing ${missing.map((item) => item.command).join(', ')}: install the Debian packages ${packages.join(' ')}`,
    );
    return missing.map((item) => item.command);
  }
  say.step(`installing ${packages.join(', ')} (apt-get)`);
  const install = () =>
    spawnSync('apt-get', ['install', '-y', '--no-install-recommends', ...packages], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    }).status === 0;
  if (!install()) {
    spawnSync('apt-get', ['update'], { stdio: 'inherit' });
    install();
  }
  return missing.filter((item) => !hasCommand(item.command)).map((item) => item.command);
}
