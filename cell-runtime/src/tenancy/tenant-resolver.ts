import type { Knex } from '@mpb/db';

interface Entry {
  tenantId: string | undefined;
  expiresAt: number;
}

/**
 * Maps a request's Host to the tenant it names in this cell, through the schema owner's
 * `resolve_tenant_by_host` function (the application role cannot list tenants itself).
 * Answers are cached briefly, unknown hosts for less time; bounded in size.
 */
export class TenantResolver {
  private readonly cache = new Map<string, Entry>();

  constructor(
    private readonly db: Knex,
    private readonly ttlMs: number,
    private readonly negativeTtlMs = Math.min(ttlMs, 2_000),
    private readonly maxEntries = 50_000,
  ) {}

  async resolve(host: string): Promise<string | undefined> {
    const cached = this.cache.get(host);
    if (cached && cached.expiresAt > Date.now()) return cached.tenantId;
    const result = await this.db.raw<{ rows: { tenant_id: string }[] }>(
      'select tenant_id from resolve_tenant_by_host(?)',
      [host],
    );
    const tenantId = result.rows[0]?.tenant_id;
    if (this.cache.size >= this.maxEntries) this.cache.clear();
    this.cache.set(host, {
      tenantId,
      expiresAt: Date.now() + (tenantId ? this.ttlMs : this.negativeTtlMs),
    });
    return tenantId;
  }

  forget(hosts: string[]): void {
    for (const host of hosts) this.cache.delete(host);
  }
}
