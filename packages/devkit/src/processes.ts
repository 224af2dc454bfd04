import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import path from 'node:path';

export interface ServiceSpec {
  name: string;
  command: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
}

interface Running {
  spec: ServiceSpec;
  child: ChildProcess;
  log: WriteStream;
  exited: Promise<number | null>;
}

/**
 * Runs the platform's processes, each in its own process group with output to
 * `<logDir>/<name>.log`, and stops them all (SIGTERM, then SIGKILL) in reverse start order.
 */
export class ProcessManager {
  private readonly running: Running[] = [];
  private stopping = false;
  onUnexpectedExit?: (name: string, code: number | null) => void;

  constructor(private readonly logDir: string) {
    mkdirSync(logDir, { recursive: true });
  }

  logFile(name: string): string {
    return path.join(this.logDir, `${name}.log`);
  }

  start(spec: ServiceSpec): ChildProcess {
    const log = createWriteStream(this.logFile(spec.name), { flags: 'a' });
    const child = spawn(spec.command, spec.args, {
      cwd: spec.cwd,
      env: { ...process.env, ...spec.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    child.stdout?.pipe(log, { end: false });
    child.stderr?.pipe(log, { end: false });
    const exited = new Promise<number | null>((resolve) => {
      child.once('exit', (code) => {
        if (!this.stopping) this.onUnexpectedExit?.(spec.name, code);
        resolve(code);
      });
    });
    this.running.push({ spec, child, log, exited });
    return child;
  }

  isRunning(name: string): boolean {
    const entry = this.running.find((running) => running.spec.name === name);
    return entry !== undefined && entry.child.exitCode === null && entry.child.signalCode === null;
  }

  /** Stops one service (for tests that kill a worker mid-run). */
  async kill(name: string, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const index = this.running.findIndex((running) => running.spec.name === name);
    const entry = this.running[index];
    if (!entry) return;
    this.running.splice(index, 1);
    signalGroup(entry.child, signal);
    await entry.exited;
    entry.log.end();
  }

  async stopAll(graceMs = 10_000): Promise<void> {
    this.stopping = true;
    for (const entry of [...this.running].reverse()) {
      signalGroup(entry.child, 'SIGTERM');
      const timer = setTimeout(() => signalGroup(entry.child, 'SIGKILL'), graceMs);
      await entry.exited;
      clearTimeout(timer);
      entry.log.end();
    }
    this.running.length = 0;
  }
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    child.kill(signal);
  }
}
