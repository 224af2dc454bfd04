import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  type NativeConnection,
  Worker,
  bundleWorkflowCode,
  type WorkflowBundleOption,
} from '@temporalio/worker';
import type { ProvisioningActivities } from './activities/provisioning';

export const workflowsPath = path.join(__dirname, 'workflows', 'index.ts');

/** Bundles the workflow code once (webpack); production workers load a prebuilt bundle instead. */
export async function loadWorkflowBundle(bundlePath?: string): Promise<WorkflowBundleOption> {
  if (bundlePath && existsSync(bundlePath)) return { codePath: bundlePath };
  return bundleWorkflowCode({ workflowsPath, logger: quietBundlerLogger });
}

const noop = () => undefined;
const quietBundlerLogger = {
  trace: noop,
  debug: noop,
  info: noop,
  warn: noop,
  error: console.error,
  log: noop,
};

export interface ProvisioningWorkerOptions {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  activities: ProvisioningActivities;
  workflowBundle: WorkflowBundleOption;
}

export function createProvisioningWorker(options: ProvisioningWorkerOptions): Promise<Worker> {
  return Worker.create({
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    workflowBundle: options.workflowBundle,
    activities: options.activities,
    // Bounded concurrency keeps a burst of sign-ups from exhausting the database pool.
    maxConcurrentActivityTaskExecutions: 20,
  });
}
