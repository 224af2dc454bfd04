import {
  derivedOnboardingSteps,
  onboardingStepSaveSchema,
  skippableOnboardingSteps,
  type OnboardingStep,
  type OnboardingStepSave,
  type OnboardingStepStatus,
} from '@mpb/contracts';
import type { Knex } from '@mpb/db';
import { AppError, fieldsFromZodError } from '@mpb/http';
import type { CellClient } from '../cells/cell-client';
import type { PublicUrls } from '../public-urls';
import { changeTemplate } from '../templates/change-template';
import { recordAudit, type TenantRow } from '../tenants/repository';
import { syncTenantToCell } from '../tenants/sync-tenant-to-cell';
import { setCustomDomain } from './custom-domain';
import { findBrandColours, upsertOnboardingStep } from './repository';

export interface SaveStepDeps {
  db: Knex;
  cellClient: CellClient;
  urls: PublicUrls;
}

export interface SaveStepInput {
  tenant: TenantRow;
  userId: string;
  step: OnboardingStep;
  status: OnboardingStepStatus;
  data: Record<string, unknown> | undefined;
}

/**
 * Saves one wizard step. Saving the same thing twice changes nothing; saving a step again (the
 * merchant went back) replaces that step's data only. Steps whose data belongs to the store
 * (identity, template, domain) write it to the store too, and changes reach its cell.
 */
export async function saveOnboardingStep(deps: SaveStepDeps, input: SaveStepInput): Promise<void> {
  const save = parseStep(input);
  if (derivedOnboardingSteps.includes(save.step)) {
    throw AppError.validation({
      step: `is ${save.step === 'account' ? 'done once the store exists' : 'done by publishing the store'}`,
    });
  }
  if (save.status === 'skipped' && !skippableOnboardingSteps.includes(save.step)) {
    throw AppError.validation({ status: 'this step cannot be skipped' });
  }
  const row = { tenantId: input.tenant.id, userId: input.userId };
  switch (save.step) {
    case 'identity':
      return saveIdentity(deps, input, save);
    case 'template':
      if (save.data) {
        await changeTemplate(deps, {
          ...row,
          template: save.data.templateId,
          field: 'data.templateId',
        });
      }
      return upsertOnboardingStep(deps.db, {
        ...row,
        step: save.step,
        status: save.status,
        data: save.data && { templateId: save.data.templateId },
      });
    case 'domain':
      return deps.db.transaction(async (trx) => {
        if (save.data) {
          await setCustomDomain(trx, deps.urls, {
            tenantId: input.tenant.id,
            hostname: save.data.customDomain,
            field: 'data.customDomain',
          });
        }
        await upsertOnboardingStep(trx, {
          ...row,
          step: save.step,
          status: save.status,
          data: save.data,
        });
      });
    default:
      return upsertOnboardingStep(deps.db, {
        ...row,
        step: save.step,
        status: save.status,
        data: save.data,
      });
  }
}

/** The step's own schema, chosen by the step: 400 names `data.<field>`. */
function parseStep(input: SaveStepInput): OnboardingStepSave {
  const candidate = { step: input.step, status: input.status, data: input.data };
  const parsed = onboardingStepSaveSchema.safeParse(candidate);
  if (!parsed.success) throw AppError.validation(fieldsFromZodError(parsed.error, candidate));
  return parsed.data;
}

async function saveIdentity(
  deps: SaveStepDeps,
  input: SaveStepInput,
  save: Extract<OnboardingStepSave, { step: 'identity' }>,
): Promise<void> {
  if (save.status !== 'done') {
    throw AppError.validation({ status: 'identity is done once the store exists' });
  }
  const data = save.data;
  if (!data) {
    await upsertOnboardingStep(deps.db, {
      tenantId: input.tenant.id,
      userId: input.userId,
      step: 'identity',
      status: 'done',
      data: undefined,
    });
    return;
  }
  if (data.slug !== undefined && data.slug !== input.tenant.slug) {
    throw AppError.validation({
      'data.slug': 'cannot be changed after the store is created',
    });
  }
  const previousColours = await findBrandColours(deps.db, input.tenant.id);
  const coloursChanged =
    previousColours?.primaryColor !== data.primaryColor ||
    previousColours?.accentColor !== data.accentColor;
  await deps.db.transaction(async (trx) => {
    const profile = {
      name: data.name,
      niche: data.niche,
      country: data.country,
      currency: data.currency,
      language: data.language,
    };
    const changed = Object.entries(profile)
      .filter(([key, value]) => input.tenant[key as keyof typeof profile] !== value)
      .map(([key]) => key);
    await trx('tenants').where({ id: input.tenant.id }).update(profile);
    await upsertOnboardingStep(trx, {
      tenantId: input.tenant.id,
      userId: input.userId,
      step: 'identity',
      status: 'done',
      data: { primaryColor: data.primaryColor, accentColor: data.accentColor },
    });
    if (changed.length > 0) {
      await recordAudit(trx, {
        actor: 'user',
        actorUserId: input.userId,
        action: 'tenant.identity_changed',
        tenantId: input.tenant.id,
        data: { changed },
      });
    }
  });
  await syncTenantToCell(deps, input.tenant.id, { colours: coloursChanged });
}
