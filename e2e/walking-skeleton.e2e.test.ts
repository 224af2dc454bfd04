import { launchChromium } from './support/browser';
import { call, eventually } from './support/http';
import { startTestPlatform, type TestPlatform } from './support/test-platform';

jest.setTimeout(240_000);

let platform: TestPlatform;
const password = 'correct horse battery staple';
const run = Date.now().toString(36);
const merchants = {
  a: { email: `a-${run}@example.com`, slug: `loja-a-${run}`, token: '', tenantId: '' },
  b: { email: `b-${run}@example.com`, slug: `loja-b-${run}`, token: '', tenantId: '' },
};

beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(async () => {
  await platform?.close();
});

const platformHost = 'localhost';
const storeHost = (slug: string) => `${slug}.localhost`;
const api = (host: string, route: string, options?: Parameters<typeof call>[3]) =>
  call(platform.routerPort, host, route, options);

describe('walking skeleton: sign up, provision, sell, isolate', () => {
  it('1. two merchants sign up and create their stores', async () => {
    for (const merchant of Object.values(merchants)) {
      const signup = await api(platformHost, '/api/v1/auth/signup', {
        method: 'POST',
        body: { email: merchant.email, password },
      });
      expect(signup.status).toBe(201);
      merchant.token = signup.json.token;
      const created = await api(platformHost, '/api/v1/tenants', {
        method: 'POST',
        token: merchant.token,
        body: {
          name: `Loja ${merchant.slug}`,
          slug: merchant.slug,
          niche: 'fashion',
          currency: 'BRL',
          language: 'pt-BR',
          country: 'BR',
        },
      });
      expect(created.status).toBe(202);
      expect(created.json).toMatchObject({ slug: merchant.slug, status: 'provisioning' });
      merchant.tenantId = created.json.id;
    }
  });

  it('2. both stores become ready, each in a cell, on their subdomain', async () => {
    for (const merchant of Object.values(merchants)) {
      const tenant = await eventually('the store to be ready', async () => {
        const response = await api(platformHost, `/api/v1/tenants/${merchant.tenantId}`, {
          token: merchant.token,
        });
        return response.json.status === 'ready' ? response.json : undefined;
      });
      expect(tenant.cellId).toMatch(/^e2e-[12]$/);
      expect(tenant.urls.storefront).toBe(
        `http://${storeHost(merchant.slug)}:${platform.routerPort}`,
      );
      expect(tenant.provisioning.completedSteps).toHaveLength(5);
    }
    // Least-loaded placement spreads the two stores over the two empty cells.
    const cells = await Promise.all(
      Object.values(merchants).map(
        async (merchant) =>
          (
            await api(platformHost, `/api/v1/tenants/${merchant.tenantId}`, {
              token: merchant.token,
            })
          ).json.cellId,
      ),
    );
    expect(new Set(cells).size).toBe(2);
  });

  it('3. merchant A creates a product and publishes the store', async () => {
    const a = merchants.a;
    const product = await api(storeHost(a.slug), '/api/v1/admin/products', {
      method: 'POST',
      token: a.token,
      body: {
        title: 'Vestido Floral',
        description: 'Algodão orgânico.',
        status: 'active',
        price: 18990,
        stock: 4,
      },
    });
    expect(product.status).toBe(201);
    expect(product.json).toMatchObject({ handle: 'vestido-floral', currency: 'BRL', stock: 4 });
    // Before publishing, shoppers see "coming soon" and no products.
    expect((await api(storeHost(a.slug), '/api/v1/products')).status).toBe(404);
    const comingSoon = await api(storeHost(a.slug), '/');
    expect(comingSoon.status).toBe(200);
    expect(comingSoon.text).not.toContain('Vestido Floral');

    const published = await api(platformHost, `/api/v1/tenants/${a.tenantId}/publish`, {
      method: 'POST',
      token: a.token,
      body: { live: true },
    });
    expect(published.status).toBe(200);
    expect(published.json.live).toBe(true);
  });

  it('4. A’s storefront shows the product', async () => {
    const home = await api(storeHost(merchants.a.slug), '/');
    expect(home.status).toBe(200);
    expect(home.headers['content-type']).toContain('text/html');
    expect(home.text).toContain('Vestido Floral');
    expect(home.text).toContain(`Loja ${merchants.a.slug}`);
    const page = await api(storeHost(merchants.a.slug), '/products/vestido-floral');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Algodão orgânico.');
    const listed = await api(storeHost(merchants.a.slug), '/api/v1/products');
    expect(listed.json.items.map((item: { title: string }) => item.title)).toEqual([
      'Vestido Floral',
    ]);
  });

  it('5. merchant B’s token gets 404 on A’s products', async () => {
    const a = merchants.a;
    const list = await api(storeHost(a.slug), '/api/v1/admin/products', {
      token: merchants.b.token,
    });
    expect(list.status).toBe(404);
    const own = await api(storeHost(a.slug), '/api/v1/admin/products', { token: a.token });
    const productId = own.json.items[0].id;
    for (const [method, body] of [
      ['GET', undefined],
      ['PATCH', { title: 'Hijacked' }],
      ['DELETE', undefined],
    ] as const) {
      const response = await api(storeHost(a.slug), `/api/v1/admin/products/${productId}`, {
        method,
        token: merchants.b.token,
        body,
      });
      expect({ method, status: response.status }).toEqual({ method, status: 404 });
    }
    expect(
      (await api(platformHost, `/api/v1/tenants/${a.tenantId}`, { token: merchants.b.token }))
        .status,
    ).toBe(404);
    const after = await api(storeHost(a.slug), `/api/v1/admin/products/${productId}`, {
      token: a.token,
    });
    expect(after.json.title).toBe('Vestido Floral');
  });

  it('6. B’s storefront never shows A’s product', async () => {
    const b = merchants.b;
    await api(platformHost, `/api/v1/tenants/${b.tenantId}/publish`, {
      method: 'POST',
      token: b.token,
      body: { live: true },
    });
    const home = await api(storeHost(b.slug), '/');
    expect(home.status).toBe(200);
    expect(home.text).not.toContain('Vestido Floral');
    expect((await api(storeHost(b.slug), '/products/vestido-floral')).status).toBe(404);
    expect((await api(storeHost(b.slug), '/api/v1/products')).json.items).toEqual([]);
    expect((await api(storeHost(b.slug), '/api/v1/products/vestido-floral')).status).toBe(404);
    // Even when the client claims to be A through X-Forwarded-Host.
    const spoofed = await api(storeHost(b.slug), '/api/v1/products', {
      headers: { 'x-forwarded-host': storeHost(merchants.a.slug) },
    });
    expect(spoofed.json.items).toEqual([]);
  });

  it('7. an unknown host is a 404, never somebody else’s store', async () => {
    const page = await api('nobody-here.localhost', '/');
    expect(page.status).toBe(404);
    expect(page.text).toContain('Store not found');
    expect(page.text).not.toContain('Vestido Floral');
    expect((await api('nobody-here.localhost', '/api/v1/products')).status).toBe(404);
  });

  it('serves OpenAPI on both kinds of host and the admin app on the platform host', async () => {
    const platformDoc = await api(platformHost, '/api/v1/openapi.json');
    expect(Object.keys(platformDoc.json.paths)).toContain('/api/v1/tenants');
    const storeDoc = await api(storeHost(merchants.a.slug), '/api/v1/openapi.json');
    expect(Object.keys(storeDoc.json.paths)).toContain('/api/v1/admin/products');
    for (const page of ['/login', '/signup', '/stores/new']) {
      const response = await api(platformHost, page);
      expect({ page, status: response.status }).toEqual({ page, status: 200 });
    }
  });

  it('runs every service with /metrics, /healthz and /readyz on its own ops port', async () => {
    const { plan } = platform;
    const ops = {
      router: plan.routerOpsPort,
      'control-plane': plan.controlPlaneOpsPort,
      'workflows-worker': plan.workerOpsPort,
      admin: plan.adminOpsPort,
      ...Object.fromEntries(
        plan.cells.flatMap((cell) => [
          [`cell-runtime ${cell.id}`, cell.apiOpsPort],
          [`storefront ${cell.id}`, cell.storefrontOpsPort],
          [`cell-worker ${cell.id}`, cell.workerOpsPort],
        ]),
      ),
    };
    for (const [service, port] of Object.entries(ops)) {
      const url = (path: string) => `http://127.0.0.1:${port}${path}`;
      expect({
        service,
        healthz: (await fetch(url('/healthz'))).status,
        readyz: (await fetch(url('/readyz'))).status,
      }).toEqual({ service, healthz: 200, readyz: 200 });
      const metrics = await (await fetch(url('/metrics'))).text();
      expect({ service, hasProcessMetrics: metrics.includes('process_cpu_seconds_total') }).toEqual(
        { service, hasProcessMetrics: true },
      );
    }
    // The requests of this journey were counted by route template and status.
    const router = await (await fetch(`http://127.0.0.1:${plan.routerOpsPort}/metrics`)).text();
    expect(router).toMatch(/http_requests_total\{[^}]*route="cell-api"[^}]*status="201"/);
    const cellMetrics = await Promise.all(
      plan.cells.map(async (cell) =>
        (await fetch(`http://127.0.0.1:${cell.apiOpsPort}/metrics`)).text(),
      ),
    );
    expect(cellMetrics.join('\n')).toMatch(
      /http_requests_total\{[^}]*route="\/api\/v1\/admin\/products"[^}]*status="201"/,
    );
  });

  it('shows the published store in a real browser at its subdomain', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const response = await page.goto(
        `http://${storeHost(merchants.a.slug)}:${platform.routerPort}/`,
      );
      expect(response?.status()).toBe(200);
      await page
        .getByRole('link', { name: /Vestido Floral/ })
        .first()
        .click();
      await page.waitForURL(/\/products\/vestido-floral$/);
      expect(await page.textContent('body')).toContain('Algodão orgânico.');
    } finally {
      await browser.close();
    }
  });
});
