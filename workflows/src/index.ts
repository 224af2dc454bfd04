export {
  createProvisioningActivities,
  type ProvisioningActivities,
  type ProvisioningActivityDeps,
} from './activities/provisioning';
export { createProvisioningWorker, loadWorkflowBundle, workflowsPath } from './worker';
