import os from 'node:os';
import path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..', '..');
/** Local state of `npm start`: databases, logs, generated secrets. Git-ignored. */
export const stateDir = path.join(repoRoot, '.mpb');
/** Tools built from source (Temporal CLI, stripe-mock) live outside the repo and survive clones. */
export const toolsDir =
  process.env.MPB_TOOLS_DIR ?? path.join(os.homedir(), '.cache', 'marketplace-builder', 'bin');
