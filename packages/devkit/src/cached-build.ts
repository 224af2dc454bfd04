import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

function* files(entry: string): Generator<string> {
  if (!existsSync(entry)) return;
  if (statSync(entry).isFile()) {
    yield entry;
    return;
  }
  for (const name of readdirSync(entry).sort()) {
    if (name === 'node_modules' || name === '.next' || name === 'dist' || name.startsWith('.'))
      continue;
    yield* files(path.join(entry, name));
  }
}

/** A hash of every file under `inputs` (paths and contents). */
export function hashInputs(inputs: string[]): string {
  const hash = createHash('sha256');
  for (const input of inputs) {
    for (const file of files(input)) {
      hash.update(file);
      hash.update(readFileSync(file));
    }
  }
  return hash.digest('hex');
}

/**
 * Runs `build` only when its inputs changed since the last successful build, so a second
 * `npm start` skips it. The stamp is written after the build succeeds.
 */
export async function cachedBuild(options: {
  stampFile: string;
  inputs: string[];
  outputs: string[];
  build: () => Promise<void>;
}): Promise<'built' | 'cached'> {
  const wanted = hashInputs(options.inputs);
  const stamp = existsSync(options.stampFile) ? readFileSync(options.stampFile, 'utf8') : '';
  if (stamp === wanted && options.outputs.every((output) => existsSync(output))) return 'cached';
  await options.build();
  writeFileSync(options.stampFile, wanted);
  return 'built';
}
