import type { OnboardingStep, OnboardingStepStatus } from '@mpb/contracts';
import type { Knex } from '@mpb/db';

export interface OnboardingStepRow {
  tenant_id: string;
  step: OnboardingStep;
  status: OnboardingStepStatus;
  data: Record<string, unknown>;
  updated_by: string | null;
  updated_at: Date;
}

export async function listOnboardingSteps(
  db: Knex,
  tenantId: string,
): Promise<OnboardingStepRow[]> {
  return db<OnboardingStepRow>('onboarding_steps').where({ tenant_id: tenantId });
}

/**
 * Saves one step. Only that step's row is written, so no other step's data can be lost; without
 * `data` the step keeps what it had (a status change alone, such as going back to pending).
 */
export async function upsertOnboardingStep(
  db: Knex,
  row: {
    tenantId: string;
    step: OnboardingStep;
    status: OnboardingStepStatus;
    data: Record<string, unknown> | undefined;
    userId: string;
  },
): Promise<void> {
  const values = {
    tenant_id: row.tenantId,
    step: row.step,
    status: row.status,
    data: JSON.stringify(row.data ?? {}),
    updated_by: row.userId,
    updated_at: db.fn.now(),
  };
  const { tenant_id: _tenantId, step: _step, ...changes } = values;
  await db('onboarding_steps')
    .insert(values)
    .onConflict(['tenant_id', 'step'])
    .merge(
      row.data === undefined ? { ...changes, data: db.raw('onboarding_steps.data') } : changes,
    );
}

/** The brand colours saved in the identity step, for what the cell is told about the store. */
export async function findBrandColours(
  db: Knex,
  tenantId: string,
): Promise<{ primaryColor?: string; accentColor?: string } | undefined> {
  const row = await db('onboarding_steps')
    .where({ tenant_id: tenantId, step: 'identity' })
    .first<{ data: Record<string, unknown> } | undefined>('data');
  const colours: { primaryColor?: string; accentColor?: string } = {};
  if (typeof row?.data.primaryColor === 'string') colours.primaryColor = row.data.primaryColor;
  if (typeof row?.data.accentColor === 'string') colours.accentColor = row.data.accentColor;
  return Object.keys(colours).length > 0 ? colours : undefined;
}
