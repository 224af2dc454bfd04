import type {
  CellTenantBody,
  MemberRole,
  RemoveMemberBody,
  ReplaceMembersBody,
  ReplaceMembersResult,
  UpsertMemberBody,
} from '@mpb/contracts';

/** The cell answered 4xx: retrying the same request cannot help. */
export class CellRejectedError extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
  ) {
    super(`cell rejected the request with ${status}: ${body.slice(0, 500)}`);
    this.name = 'CellRejectedError';
  }
}

/** The cell could not be reached or answered 5xx: safe to retry. */
export class CellUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CellUnavailableError';
  }
}

/** Client of a cell's internal API (`/internal/v1`), used by the control plane and its worker. */
export class CellClient {
  constructor(
    private readonly internalToken: string,
    private readonly timeoutMs = 10_000,
  ) {}

  upsertTenant(
    apiUrl: string,
    tenantId: string,
    body: CellTenantBody,
  ): Promise<{ tenantId: string; created: boolean }> {
    return this.call(apiUrl, 'PUT', `/internal/v1/tenants/${tenantId}`, body);
  }

  /** Removes a tenant and all its rows from the cell; succeeds when it is already gone. */
  async deleteTenant(apiUrl: string, tenantId: string): Promise<void> {
    await this.call(apiUrl, 'DELETE', `/internal/v1/tenants/${tenantId}`, undefined);
  }

  setPaymentAccount(
    apiUrl: string,
    tenantId: string,
    account: { accountId: string; chargesEnabled: boolean },
  ): Promise<void> {
    return this.call(apiUrl, 'PUT', `/internal/v1/tenants/${tenantId}/payment-account`, account);
  }

  applyStripeEvent(apiUrl: string, tenantId: string, event: unknown): Promise<{ outcome: string }> {
    return this.call(apiUrl, 'POST', `/internal/v1/tenants/${tenantId}/stripe-events`, { event });
  }

  setLive(
    apiUrl: string,
    tenantId: string,
    live: boolean,
  ): Promise<{ tenantId: string; live: boolean }> {
    return this.call(apiUrl, 'PUT', `/internal/v1/tenants/${tenantId}/live`, { live });
  }

  /** Makes a person a member of the tenant in its cell, with this role; idempotent. */
  upsertMember(
    apiUrl: string,
    tenantId: string,
    userId: string,
    body: UpsertMemberBody,
  ): Promise<{ userId: string; email: string; role: MemberRole; created: boolean }> {
    return this.call(apiUrl, 'PUT', `/internal/v1/tenants/${tenantId}/members/${userId}`, body);
  }

  /** Removes a person from the tenant's members in its cell; succeeds when they are not one. */
  async removeMember(
    apiUrl: string,
    tenantId: string,
    userId: string,
    body: RemoveMemberBody,
  ): Promise<void> {
    await this.call(apiUrl, 'DELETE', `/internal/v1/tenants/${tenantId}/members/${userId}`, body);
  }

  /** Makes the tenant's members in its cell exactly these; idempotent (ADR 0020). */
  replaceMembers(
    apiUrl: string,
    tenantId: string,
    body: ReplaceMembersBody,
  ): Promise<ReplaceMembersResult> {
    return this.call(apiUrl, 'PUT', `/internal/v1/tenants/${tenantId}/members`, body);
  }

  private async call<T>(apiUrl: string, method: string, path: string, body: unknown): Promise<T> {
    let response: Response;
    try {
      response = await fetch(new URL(path, apiUrl), {
        method,
        headers: {
          authorization: `Bearer ${this.internalToken}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      throw new CellUnavailableError(`cell at ${apiUrl} is unreachable`, { cause: error });
    }
    const text = await response.text();
    // 401/403 happen while an internal-token rotation rolls out, 408/429 under load: retry those.
    if (response.status >= 500 || [401, 403, 408, 429].includes(response.status)) {
      throw new CellUnavailableError(`cell answered ${response.status}: ${text.slice(0, 200)}`);
    }
    if (!response.ok) throw new CellRejectedError(response.status, text);
    return (text ? JSON.parse(text) : undefined) as T;
  }
}
