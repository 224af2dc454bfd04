// Writes the prebuilt workflow bundle production workers load (WORKFLOW_BUNDLE_PATH).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
import { workflowsPath } from './worker';

async function main(): Promise<void> {
  const { code } = await bundleWorkflowCode({ workflowsPath });
  const out = path.resolve(
    process.argv[2] ?? path.join(__dirname, '..', 'dist', 'workflow-bundle.js'),
  );
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, code);
  console.log(`wrote ${out}`);
}

void main();
