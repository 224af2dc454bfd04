import { z } from 'zod';
import {
  onboardingRoutes,
  onboardingSchema,
  paymentRoutes,
  onboardingResponseSchema,
  paymentStatusSchema,
  storeTemplateSchema,
  templateRoutes,
  tenantSchema,
  type OnboardingStep,
  type OnboardingStepStatus,
} from '@mpb/contracts';
import type { ApiClient } from './api-client';
import { fillPath } from './platform-api';

const templateListSchema = z.object({ items: z.array(storeTemplateSchema) });

/**
 * The control plane's side of the wizard: saved progress per step, the templates, and the
 * store's Stripe connection. Progress lives on the server so a merchant can resume anywhere.
 */
export function createOnboardingApi(client: ApiClient) {
  return {
    getOnboarding: (tenantId: string, signal?: AbortSignal) =>
      client.json(fillPath(onboardingRoutes.get.path, { id: tenantId }), onboardingSchema, {
        signal,
      }),

    /** Saves one step; `data` omitted keeps what was saved before. Answers the whole progress. */
    saveStep: (
      tenantId: string,
      step: OnboardingStep,
      body: { status: OnboardingStepStatus; data?: Record<string, unknown> },
    ) =>
      client.json(
        fillPath(onboardingRoutes.saveStep.path, { id: tenantId, step }),
        onboardingSchema,
        { method: 'PUT', body },
      ),

    listTemplates: async (signal?: AbortSignal) =>
      (
        await client.json(templateRoutes.list.path, templateListSchema, {
          auth: false,
          signal,
        })
      ).items,

    changeTemplate: (tenantId: string, template: string) =>
      client.json(fillPath(templateRoutes.change.path, { id: tenantId }), tenantSchema, {
        method: 'PUT',
        body: { template },
      }),

    getPaymentStatus: (tenantId: string, signal?: AbortSignal) =>
      client.json(fillPath(paymentRoutes.status.path, { id: tenantId }), paymentStatusSchema, {
        signal,
      }),

    /** Creates the store's Stripe account on first use and returns where to send the merchant. */
    startStripeOnboarding: (tenantId: string, returnPath: string) =>
      client.json(
        fillPath(paymentRoutes.onboarding.path, { id: tenantId }),
        onboardingResponseSchema,
        { method: 'POST', body: { returnPath } },
      ),
  };
}

export type OnboardingApi = ReturnType<typeof createOnboardingApi>;
