/**
 * Names shared by the control plane (which starts workflows) and the worker (which runs them).
 * Workflow ids derive from the tenant, so a double submit can never start a second run.
 */
export const PROVISIONING_TASK_QUEUE = 'provisioning';

export const PROVISION_TENANT_WORKFLOW = 'provisionTenant';

export function provisionTenantWorkflowId(tenantId: string): string {
  return `provision-tenant-${tenantId}`;
}

export interface ProvisionTenantInput {
  tenantId: string;
  /** For people reading the Temporal UI; the activities load the tenant from the database. */
  slug: string;
}

export interface ProvisionTenantResult {
  tenantId: string;
  cellId: string;
  hosts: string[];
}
