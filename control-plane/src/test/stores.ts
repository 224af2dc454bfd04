import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import request from 'supertest';
import { v7 as uuidv7 } from 'uuid';
import type { MemberRole } from '@mpb/contracts';
import { upsertCell } from '../cells/repository';
import type { ControlPlaneHarness } from './control-plane-harness';

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

export interface SeededStore {
  tenantId: string;
  slug: string;
  host: string;
}

/** A cell API listening on a real port, for the control plane's cell client. */
export async function listen(app: Express | http.RequestListener): Promise<{
  url: string;
  close(): Promise<void>;
}> {
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export async function registerTestCell(
  cp: ControlPlaneHarness,
  id: string,
  apiUrl: string,
): Promise<void> {
  await upsertCell(cp.database.app, {
    id,
    kind: 'shared',
    region: 'test',
    status: 'active',
    capacity: 100,
    api_url: apiUrl,
    storefront_url: apiUrl,
  });
}

/**
 * A store as provisioning leaves it: ready in `cellId`, its subdomain active, the owner a member.
 * With `cell`, the store is also created in that real cell through its internal API.
 */
export async function seedReadyStore(
  cp: ControlPlaneHarness,
  owner: { userId: string; email: string },
  options: { cellId: string; cell?: { app: Express; internalToken: string }; name?: string },
): Promise<SeededStore> {
  const tenantId = uuidv7();
  const slug = `ready-${tenantId.slice(-12)}`;
  const host = `${slug}.localhost`;
  const name = options.name ?? `Loja ${slug}`;
  await cp.database.app('tenants').insert({
    id: tenantId,
    slug,
    name,
    niche: 'home',
    currency: 'BRL',
    language: 'pt-BR',
    country: 'BR',
    template: 'classic',
    status: 'ready',
    cell_id: options.cellId,
    completed_steps: [
      'reserve-slug',
      'place-tenant',
      'create-in-cell',
      'publish-route',
      'mark-ready',
    ],
    created_by: owner.userId,
    ready_at: new Date(),
  });
  await cp.database
    .app('tenant_memberships')
    .insert({ tenant_id: tenantId, user_id: owner.userId, role: 'owner' });
  await cp.database
    .app('domains')
    .insert({ hostname: host, tenant_id: tenantId, kind: 'subdomain', status: 'active' });
  if (options.cell) {
    await request(options.cell.app)
      .put(`/internal/v1/tenants/${tenantId}`)
      .set(bearer(options.cell.internalToken))
      .send({
        slug,
        name,
        niche: 'home',
        currency: 'BRL',
        language: 'pt-BR',
        country: 'BR',
        template: 'classic',
        hosts: [host],
        owner: { userId: owner.userId, email: owner.email },
      })
      .expect(200);
  }
  return { tenantId, slug, host };
}

export async function addMember(
  cp: ControlPlaneHarness,
  tenantId: string,
  userId: string,
  role: MemberRole,
): Promise<void> {
  await cp.database
    .app('tenant_memberships')
    .insert({ tenant_id: tenantId, user_id: userId, role });
}

/** A store created through the API: provisioning (no worker runs in the harness). */
export async function createStoreViaApi(
  cp: ControlPlaneHarness,
  token: string,
  body: Record<string, unknown>,
): Promise<string> {
  const response = await request(cp.app).post('/api/v1/tenants').set(bearer(token)).send(body);
  if (response.status !== 202) {
    throw new Error(
      `creating a store answered ${response.status}: ${JSON.stringify(response.body)}`,
    );
  }
  return response.body.id as string;
}

export interface RecordedCellCall {
  method: string;
  path: string;
  body: unknown;
}

/**
 * An HTTP server in the place of a cell that records what the control plane sends it and
 * answers as the cell's tenant upsert does. For checking the requests themselves; behaviour of
 * the cell is tested against the real cell harness.
 */
export async function startRecordingCell(): Promise<{
  url: string;
  calls: RecordedCellCall[];
  close(): Promise<void>;
}> {
  const calls: RecordedCellCall[] = [];
  const server = await listen((req: http.IncomingMessage, res: http.ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      calls.push({
        method: req.method ?? '',
        path: req.url ?? '',
        body: text ? (JSON.parse(text) as unknown) : undefined,
      });
      const tenantId = (req.url ?? '').split('/')[4] ?? '';
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ tenantId, created: false }));
    });
  });
  return { ...server, calls };
}
