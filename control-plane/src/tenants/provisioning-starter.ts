import { type Client, WorkflowIdConflictPolicy, WorkflowIdReusePolicy } from '@temporalio/client';
import {
  PROVISION_TENANT_WORKFLOW,
  provisionTenantWorkflowId,
  type ProvisionTenantInput,
} from '@mpb/contracts';

/** Starts provisioning for a tenant. Starting twice for one tenant is harmless. */
export interface ProvisioningStarter {
  start(input: ProvisionTenantInput): Promise<void>;
}

export function temporalProvisioningStarter(
  client: Client,
  taskQueue: string,
): ProvisioningStarter {
  return {
    async start(input) {
      await client.workflow.start(PROVISION_TENANT_WORKFLOW, {
        taskQueue,
        workflowId: provisionTenantWorkflowId(input.tenantId),
        args: [input],
        // A double submit joins the running workflow; a failed one may be run again.
        workflowIdConflictPolicy: WorkflowIdConflictPolicy.USE_EXISTING,
        workflowIdReusePolicy: WorkflowIdReusePolicy.ALLOW_DUPLICATE_FAILED_ONLY,
        searchAttributes: {},
      });
    },
  };
}
