/**
 * The store admin of issue 4, in Chromium through the router. A store with a paid order is set
 * up through the APIs (as the shopper journey does it), then in the browser: the dashboard
 * shows the sale in the store's currency, the orders list filters down to it, its detail shows
 * the timeline, tracking marks it shipped; a bulk edit changes two products' prices at once;
 * the pages work at phone width and pass axe; a catalog staff member, invited by email, sees no
 * orders, staff or settings; a platform operator suspends the store and resumes it.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Stripe } from '@mpb/payments';
import { testEnv } from '@mpb/testing';
import { expectNoAxeViolations } from './support/axe';
import { launchChromium } from './support/browser';
import { call, eventually } from './support/http';
import { startStripeRecorder, type StripeRecorder } from './support/stripe-recorder';
import { startTestPlatform, type TestPlatform } from './support/test-platform';

jest.setTimeout(300_000);

let platform: TestPlatform;
let browser: Browser;
let stripe: StripeRecorder;

const run = Date.now().toString(36);
const slug = `admin-${run}`;
const password = 'correct horse battery staple';
const owner = { email: `owner-${run}@example.com`, token: '' };
const staffEmail = `catalog-${run}@example.com`;
let tenantId = '';
let accountId = '';
const products: Record<'shirt' | 'tote', { id: string; variantId: string }> = {
  shirt: { id: '', variantId: '' },
  tote: { id: '', variantId: '' },
};
const order = { id: '', number: 0 };

beforeAll(async () => {
  stripe = await startStripeRecorder(testEnv().stripeUrl);
  platform = await startTestPlatform({ stripeApiBase: stripe.url });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await platform?.close();
  await stripe?.close();
});

const storeHost = `${slug}.localhost`;
const adminUrl = (path: string) => `http://localhost:${platform.routerPort}${path}`;
const api = (host: string, path: string, options?: Parameters<typeof call>[3]) =>
  call(platform.routerPort, host, path, options);
const platformApi = (path: string, options: Parameters<typeof call>[3] = {}) =>
  api('localhost', path, { token: owner.token, ...options });
const storeApi = (path: string, options: Parameters<typeof call>[3] = {}) =>
  api(storeHost, path, { token: owner.token, ...options });

const signer = new Stripe('sk_test_signing_only');
let eventCount = 0;
function deliverStripeEvent(type: string, object: object) {
  const event = {
    id: `evt_admin_${run}_${eventCount++}`,
    object: 'event',
    type,
    created: Math.floor(Date.now() / 1000),
    account: accountId,
    data: { object },
  };
  const signature = signer.webhooks.generateTestHeaderString({
    payload: JSON.stringify(event),
    secret: platform.plan.secrets.stripeWebhookSecret,
  });
  return api('localhost', '/api/v1/webhooks/stripe', {
    method: 'POST',
    body: event,
    headers: { 'stripe-signature': signature },
  });
}

async function newContext(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  return { context, page };
}

async function logIn(page: Page, email: string) {
  await page.goto(adminUrl('/login'));
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** A shopper's cart, through the store API, paid by Stripe's signed webhook. */
async function placePaidOrder() {
  const cart = await api(storeHost, '/api/v1/carts', { method: 'POST' });
  expect(cart.status).toBe(201);
  const cartPath = `/api/v1/carts/${cart.json.id}`;
  const steps: [string, string, object][] = [
    ['POST', '/items', { variantId: products.shirt.variantId, quantity: 2 }],
    ['PUT', '/email', { email: `buyer-${run}@example.com` }],
    ['PUT', '/shipping-address', { country: 'US', city: 'Austin', line1: '1 Main St' }],
  ];
  let current = cart;
  for (const [method, path, body] of steps) {
    current = await api(storeHost, `${cartPath}${path}`, { method, body });
    expect(current.status).toBe(200);
  }
  const rate = await api(storeHost, `${cartPath}/shipping-rate`, {
    method: 'PUT',
    body: { rateId: current.json.shippingOptions[0].id },
  });
  expect(rate.json.total).toBe(8500);
  const checkout = await api(storeHost, `${cartPath}/checkout`, {
    method: 'POST',
    body: { locale: 'en' },
  });
  expect(checkout.status).toBe(201);
  order.id = checkout.json.orderId;
  order.number = checkout.json.orderNumber;
  const session = stripe.sessions().at(-1)!;
  const paid = await deliverStripeEvent('checkout.session.completed', {
    id: session.id,
    object: 'checkout.session',
    payment_status: 'paid',
    payment_intent: `pi_admin_${run}`,
    metadata: session.metadata,
    customer_details: { email: `buyer-${run}@example.com`, phone: null },
  });
  expect(paid.json).toMatchObject({ received: true, outcome: 'processed' });
}

describe('a merchant runs their store from the admin', () => {
  it('1. has a store with two products and a paid order (through the APIs)', async () => {
    const signup = await api('localhost', '/api/v1/auth/signup', {
      method: 'POST',
      body: { email: owner.email, password },
    });
    expect(signup.status).toBe(201);
    owner.token = signup.json.token;
    const created = await platformApi('/api/v1/tenants', {
      method: 'POST',
      body: {
        name: 'Admin Co',
        slug,
        niche: 'fashion',
        currency: 'USD',
        language: 'en',
        country: 'US',
      },
    });
    expect(created.status).toBe(202);
    tenantId = created.json.id;
    await eventually('the store to be ready', async () => {
      const tenant = await platformApi(`/api/v1/tenants/${tenantId}`);
      return tenant.json.status === 'ready' ? true : undefined;
    });

    for (const [key, title, price, stock] of [
      ['shirt', 'Linen Shirt', 4000, 5],
      ['tote', 'Canvas Tote', 2500, 10],
    ] as const) {
      const product = await storeApi('/api/v1/admin/products', {
        method: 'POST',
        body: { title, status: 'active', price, stock },
      });
      expect(product.status).toBe(201);
      products[key] = { id: product.json.id, variantId: product.json.variants[0].id };
    }
    const zone = await storeApi('/api/v1/admin/shipping-zones', {
      method: 'POST',
      body: {
        name: 'USA',
        countries: ['US'],
        rates: [{ name: 'Standard', kind: 'flat', amount: 500 }],
      },
    });
    expect(zone.status).toBe(201);

    const onboarding = await platformApi(`/api/v1/tenants/${tenantId}/payments/stripe/onboarding`, {
      method: 'POST',
      body: { returnPath: '/stores' },
    });
    expect(onboarding.status).toBe(200);
    accountId = onboarding.json.accountId;
    const ready = await deliverStripeEvent('account.updated', {
      id: accountId,
      object: 'account',
      charges_enabled: true,
      details_submitted: true,
    });
    expect(ready.status).toBe(200);
    const published = await platformApi(`/api/v1/tenants/${tenantId}/publish`, {
      method: 'POST',
      body: { live: true },
    });
    expect(published.status).toBe(200);

    await placePaidOrder();
  });

  let page: Page;
  let context: BrowserContext;

  it('2. the dashboard shows the sale in the store’s currency', async () => {
    ({ context, page } = await newContext());
    await logIn(page, owner.email);
    // A published store opens on its admin; its first page for an owner is the dashboard.
    await page.goto(adminUrl(`/stores/${tenantId}`));
    await page.waitForURL(`**/stores/${tenantId}/dashboard`);
    await expect(page.getByTestId('stat-sales').textContent()).resolves.toBe('$85.00');
    await expect(page.getByTestId('stat-orders').textContent()).resolves.toBe('1');
    await expect(page.getByTestId('stat-aov').textContent()).resolves.toBe('$85.00');
    // Top products, from the order's lines.
    await page.getByRole('rowheader', { name: 'Linen Shirt' }).waitFor();
    await expectNoAxeViolations(page, 'the dashboard');
  });

  it('3. the orders list filters down to the order; its detail shows the timeline; tracking ships it', async () => {
    await page.getByRole('link', { name: 'Orders' }).first().click();
    await page.waitForURL(`**/stores/${tenantId}/orders`);
    await page.getByLabel('Status').selectOption('paid');
    await page.getByLabel('Search').fill(`#${order.number}`);
    await page.getByRole('button', { name: 'Filter', exact: true }).click();
    await page.waitForURL(/status=paid/);
    expect(new URL(page.url()).searchParams.get('q')).toBe(`#${order.number}`);
    await page.getByText('1 order shown.').waitFor();
    const rows = page.getByTestId('order-row');
    await expect(rows.count()).resolves.toBe(1);
    await expect(rows.first().textContent()).resolves.toContain('$85.00');
    await expectNoAxeViolations(page, 'the orders list');

    // A status the order does not have leaves the list empty.
    await page.getByLabel('Status').selectOption('shipped');
    await page.getByRole('button', { name: 'Filter', exact: true }).click();
    await page.getByText('No orders match these filters.').waitFor();
    // Back returns to the previous filters, and to the order.
    await page.goBack();
    await page.getByText('1 order shown.').waitFor();
    await page.getByRole('link', { name: `Order #${order.number}` }).click();

    await page.waitForURL(`**/orders/${order.id}`);
    const timeline = page.getByTestId('order-timeline');
    await timeline.getByText('Paid', { exact: true }).waitFor();
    await expect(timeline.getByText('Awaiting payment', { exact: true }).count()).resolves.toBe(1);
    await page.getByLabel('Carrier').fill('UPS');
    await page.getByLabel('Tracking number').fill('1Z999AA10123456784');
    await page.getByRole('button', { name: 'Mark as shipped' }).click();
    await page.getByText('The order is marked shipped').waitFor();
    await expect(page.getByTestId('order-status').first().textContent()).resolves.toBe('Shipped');
    await expect(page.getByTestId('tracking-number').textContent()).resolves.toBe(
      '1Z999AA10123456784',
    );
    await timeline.getByText('Shipped', { exact: true }).waitFor();
    await expectNoAxeViolations(page, 'an order');

    const shipped = await storeApi(`/api/v1/admin/orders/${order.id}`);
    expect(shipped.json.status).toBe('shipped');
    expect(shipped.json.shipments[0]).toMatchObject({ carrier: 'UPS' });
  });

  it('4. a bulk edit changes two products’ prices at once', async () => {
    await page.goto(adminUrl(`/stores/${tenantId}/products`));
    await page.getByLabel('Price of Linen Shirt').fill('45.00');
    await page.getByLabel('Price of Canvas Tote').fill('27.50');
    await page.getByRole('button', { name: 'Save 2 changed products' }).click();
    await page.getByText('Saved 2 products.').waitFor();

    const shirt = await storeApi(`/api/v1/admin/products/${products.shirt.id}`);
    const tote = await storeApi(`/api/v1/admin/products/${products.tote.id}`);
    expect([shirt.json.price, tote.json.price]).toEqual([4500, 2750]);
    await expectNoAxeViolations(page, 'the product grid');
  });

  it('5. works at phone width: no sideways scrolling, the sections behind a menu', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of ['dashboard', 'orders', `orders/${order.id}`, 'products']) {
      await page.goto(adminUrl(`/stores/${tenantId}/${path}`));
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForFunction("!document.body.innerText.includes('Loading…')");
      const overflow = await page.evaluate<number>(
        'document.documentElement.scrollWidth - document.documentElement.clientWidth',
      );
      expect({ path, overflow }).toEqual({ path, overflow: 0 });
    }
    await page.getByText('Menu: Products').click();
    await page
      .getByRole('navigation', { name: 'Store admin' })
      .getByRole('link', { name: 'Orders' })
      .click();
    await page.waitForURL(`**/stores/${tenantId}/orders`);
    await expectNoAxeViolations(page, 'the orders list at phone width');
  });

  it('6. every other page of the store admin opens for the owner without an error', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    for (const path of [
      'collections',
      'import',
      'staff',
      'settings',
      'settings/branding',
      'settings/pages',
      'settings/shipping',
      'settings/taxes',
      'settings/coupons',
      'integrations',
      'help',
      'audit-log',
      `products/${products.shirt.id}`,
    ]) {
      await page.goto(adminUrl(`/stores/${tenantId}/${path}`));
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForFunction("!document.body.innerText.includes('Loading…')");
      const alerts = await page.getByRole('alert').allTextContents();
      expect({ path, alerts: alerts.filter((text) => text.trim() !== '') }).toEqual({
        path,
        alerts: [],
      });
    }
    // The bulk edit and the shipping are in the audit log, by the owner.
    await page.goto(adminUrl(`/stores/${tenantId}/audit-log?action=order.`));
    await page.getByTestId('audit-row').first().waitFor();
    await expect(page.getByTestId('audit-row').first().textContent()).resolves.toContain(
      owner.email,
    );
    await context.close();
  });

  it('6b. deleting asks first, in the admin’s own dialog: Cancel keeps the coupon, Delete removes it', async () => {
    const created = await storeApi('/api/v1/admin/coupons', {
      method: 'POST',
      body: { code: 'GONE10', kind: 'percentage', value: 10 },
    });
    expect(created.status).toBe(201);
    const { context, page } = await newContext();
    await logIn(page, owner.email);
    await page.goto(adminUrl(`/stores/${tenantId}/settings/coupons`));
    const row = page.getByRole('row', { name: /GONE10/ });
    await row.waitFor();

    await row.getByRole('button', { name: 'Delete GONE10' }).click();
    const question = page.getByRole('alertdialog', { name: /Delete GONE10\?/ });
    await question.waitFor();
    // Cancel has the focus, so Enter never deletes by accident.
    await expect(page.evaluate('document.activeElement?.textContent')).resolves.toBe('Cancel');
    await expectNoAxeViolations(page, 'the delete confirmation');
    await page.keyboard.press('Escape');
    await question.waitFor({ state: 'hidden' });
    expect(
      (await storeApi('/api/v1/admin/coupons')).json.items.map((c: { code: string }) => c.code),
    ).toContain('GONE10');

    await row.getByRole('button', { name: 'Delete GONE10' }).click();
    await question.getByRole('button', { name: 'Delete' }).click();
    await row.waitFor({ state: 'detached' });
    expect(
      (await storeApi('/api/v1/admin/coupons')).json.items.map((c: { code: string }) => c.code),
    ).not.toContain('GONE10');
    await context.close();
  });

  it('6c. the merchant enables Spanish and euros and titles a product in Spanish; the storefront then speaks Spanish and shows € prices', async () => {
    const { context, page } = await newContext();
    await logIn(page, owner.email);
    await page.goto(adminUrl(`/stores/${tenantId}/settings`));
    const form = page.getByRole('form', { name: 'Languages and currencies' });
    await form.getByLabel('Español').check();
    await form.getByRole('button', { name: 'Add a currency' }).click();
    const euro = form.getByRole('group', { name: 'Display currency 1' });
    await euro.getByLabel('Currency').selectOption('EUR');
    await euro.getByLabel('Rate: value of 1 USD').fill('0,9');
    await euro.getByText('Example: $100.00 shows as ≈ €90.00').waitFor();
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByText('Saved.').waitFor();
    await expectNoAxeViolations(page, 'the settings with a display currency');

    // Spanish is offered now: the product editor lets the shirt be titled in Spanish.
    await page.goto(adminUrl(`/stores/${tenantId}/products/${products.shirt.id}`));
    const spanish = page.getByRole('form', { name: /^In (Spanish|Español)$/ });
    await spanish.getByLabel('Title', { exact: true }).fill('Camisa de lino');
    await spanish.getByRole('button', { name: /^Save in / }).click();
    await spanish.getByText(/^Saved in /).waitFor();
    await expectNoAxeViolations(page, 'the product editor with a translation');
    const settings = await storeApi('/api/v1/admin/settings');
    expect(settings.json).toMatchObject({
      languages: ['en', 'es'],
      displayCurrencies: [{ currency: 'EUR', rate: '0.9', rounding: 'none' }],
    });
    await context.close();

    // A shopper whose browser asks for English gets the store's English, then switches.
    const shopper = await newContext();
    const storeUrl = (path: string) => `http://${storeHost}:${platform.routerPort}${path}`;
    const { json: shirt } = await storeApi(`/api/v1/admin/products/${products.shirt.id}`);
    await shopper.page.goto(storeUrl(`/products/${shirt.handle}`));
    await expect(shopper.page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await shopper.page
      .getByRole('navigation', { name: 'Language' })
      .getByRole('link', { name: 'Español' })
      .click();
    await shopper.page.waitForURL(/lang=es/);
    await expect(shopper.page.locator('html').getAttribute('lang')).resolves.toBe('es');
    await shopper.page.getByRole('heading', { name: 'Camisa de lino', level: 1 }).waitFor();
    await shopper.page.getByRole('searchbox', { name: 'Buscar productos' }).waitFor();
    await shopper.page.getByRole('button', { name: 'Añadir al carrito' }).waitFor();
    // Each language version names the others.
    await expect(
      shopper.page.locator('link[rel="alternate"][hreflang="es"]').count(),
    ).resolves.toBe(1);

    await shopper.page.getByLabel('Moneda').selectOption('EUR');
    await shopper.page.getByRole('button', { name: 'Mostrar precios' }).click();
    await shopper.page.waitForURL(/currency=EUR/);
    // 45.00 USD at 0.9: about 40,50 €, and the store's own price, the one charged, beside it.
    await shopper.page
      .getByText(/≈\s*40,50\s€/)
      .first()
      .waitFor();
    await shopper.page
      .getByText(/45,00\sUS\$/)
      .first()
      .waitFor();

    // The choice sticks: the home page, opened afresh, is still in Spanish and euros.
    await shopper.page.goto(storeUrl('/'));
    await expect(shopper.page.locator('html').getAttribute('lang')).resolves.toBe('es');
    await shopper.page
      .getByText(/≈\s*40,50\s€/)
      .first()
      .waitFor();
    await shopper.page.setViewportSize({ width: 390, height: 844 });
    const overflow = await shopper.page.evaluate<number>(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    );
    expect(overflow).toBe(0);
    await expectNoAxeViolations(shopper.page, 'the storefront in Spanish and euros at phone width');
    await shopper.context.close();
  });

  it('6d. the store’s own pages are in the storefront’s header; its policies only in the footer', async () => {
    // Every store starts with draft policies and about, contact and FAQ pages: fill in two.
    const pages = await storeApi('/api/v1/admin/pages');
    expect(pages.status).toBe(200);
    const draft = (kind: string) =>
      (pages.json.items as { id: string; kind: string }[]).find((page) => page.kind === kind)!;
    const handles: Record<string, string> = {};
    for (const [kind, body] of [
      ['about', { title: 'Our story', body: '<p>Since 2020.</p>', published: true }],
      ['refund_policy', { title: 'Refunds', body: '<p>30 days.</p>', published: true }],
    ] as const) {
      const saved = await storeApi(`/api/v1/admin/pages/${draft(kind).id}`, {
        method: 'PATCH',
        body,
      });
      expect(saved.status).toBe(200);
      handles[kind] = saved.json.handle;
    }
    const shopper = await newContext();
    const storeUrl = (path: string) => `http://${storeHost}:${platform.routerPort}${path}`;
    const header = shopper.page.getByRole('navigation', { name: 'About the store' });
    // Pages reach the storefront's cached layout shortly after they are published.
    await eventually('the page in the header', async () => {
      await shopper.page.goto(storeUrl('/'));
      return (await header.count()) === 1 ? true : undefined;
    });
    await expect(header.getByRole('link').allTextContents()).resolves.toEqual(['Our story']);
    const footer = shopper.page.getByRole('navigation', { name: 'Store links' });
    await footer.getByRole('link', { name: 'Refunds' }).waitFor();
    await footer.getByRole('link', { name: 'Our story' }).waitFor();

    await header.getByRole('link', { name: 'Our story' }).click();
    await shopper.page.waitForURL((url) => url.pathname === `/pages/${handles.about}`);
    await shopper.page.getByRole('heading', { name: 'Our story', level: 1 }).waitFor();
    await shopper.context.close();
  });

  it('6e. the analytics ids are checked in the browser, then saved; the server keeps them', async () => {
    const { context, page } = await newContext();
    await logIn(page, owner.email);
    await page.goto(adminUrl(`/stores/${tenantId}/integrations`));
    const ga4 = page.getByLabel('Google Analytics 4 measurement ID');
    await ga4.fill('UA-12345');
    await ga4.press('Enter');
    await expect(ga4.getAttribute('aria-invalid')).resolves.toBe('true');
    expect(
      (await storeApi('/api/v1/admin/site-settings')).json.analytics.ga4MeasurementId,
    ).toBeNull();

    await ga4.fill('G-ABC1234567');
    await ga4.press('Enter');
    await page.getByText('Saved.').waitFor();
    expect((await storeApi('/api/v1/admin/site-settings')).json.analytics).toMatchObject({
      ga4MeasurementId: 'G-ABC1234567',
    });
    await context.close();
  });

  it('7. a catalog staff member, invited by email, sees no orders, staff or settings', async () => {
    const invited = await platformApi(`/api/v1/tenants/${tenantId}/invitations`, {
      method: 'POST',
      body: { email: staffEmail, role: 'catalog_staff' },
    });
    expect(invited.status).toBe(201);
    // No SMTP in this platform: the inviter gets the link to pass on.
    const acceptUrl: string = invited.json.acceptUrl;
    expect(acceptUrl).toContain('/invitations/accept#token=');
    const signup = await api('localhost', '/api/v1/auth/signup', {
      method: 'POST',
      body: { email: staffEmail, password },
    });
    expect(signup.status).toBe(201);

    ({ context, page } = await newContext());
    await logIn(page, staffEmail);
    await page.goto(adminUrl(new URL(acceptUrl).pathname + new URL(acceptUrl).hash));
    await page.getByText('You are now on the staff of Admin Co.').waitFor();
    await page.getByRole('link', { name: 'Open Admin Co' }).click();
    // Catalog staff land on the products, the first page their role opens.
    await page.waitForURL(`**/stores/${tenantId}/products`);
    await page.getByLabel('Price of Linen Shirt').waitFor();

    const nav = page.getByRole('navigation', { name: 'Store admin' }).last();
    const links = await nav.getByRole('link').allTextContents();
    expect(links).toEqual([
      'Products',
      'Collections and categories',
      'Import and export',
      'Help and support',
    ]);

    await page.goto(adminUrl(`/stores/${tenantId}/orders`));
    await page.getByText('Your role in this store does not give access to this page.').waitFor();
    await expect(page.getByTestId('order-row').count()).resolves.toBe(0);
    await page.goto(adminUrl(`/stores/${tenantId}/staff`));
    await page.getByText('Your role in this store does not give access to this page.').waitFor();
    await expect(page.getByRole('button', { name: 'Send invitation' }).count()).resolves.toBe(0);
    await page.goto(adminUrl(`/stores/${tenantId}/settings`));
    await page.getByText('Your role in this store does not give access to this page.').waitFor();
    await expect(page.getByRole('button', { name: 'Save' }).count()).resolves.toBe(0);
    await context.close();
  });

  it('8. a platform operator finds the store, suspends it with a reason and resumes it', async () => {
    ({ context, page } = await newContext());
    await page.goto(adminUrl('/login'));
    await page.getByLabel('Email').fill(platform.plan.secrets.superAdminEmail);
    await page.getByLabel('Password').fill(platform.plan.secrets.superAdminPassword);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.getByRole('link', { name: 'Operator console' }).click();
    await page.waitForURL('**/operator');
    await page.getByLabel('Name or address').fill(slug);
    await page.getByRole('button', { name: 'Filter', exact: true }).click();
    const row = page.getByTestId('operator-tenant-row');
    await row.getByText(slug).waitFor();
    await expect(row.count()).resolves.toBe(1);

    await row.getByRole('button', { name: 'Suspend Admin Co' }).click();
    await page.getByLabel('Reason').fill('Chargeback review');
    await page.getByRole('dialog').getByRole('button', { name: 'Suspend' }).click();
    await page.getByText('Admin Co is suspended.').waitFor();
    await row.getByText('Chargeback review').waitFor();
    const tenant = await platformApi(`/api/v1/tenants/${tenantId}`);
    expect(tenant.json.status).toBe('suspended');

    await row.getByRole('button', { name: 'Resume Admin Co' }).click();
    await page.getByText('Admin Co is running again.').waitFor();
    expect((await platformApi(`/api/v1/tenants/${tenantId}`)).json.status).toBe('ready');
    await expectNoAxeViolations(page, 'the operator console');
    await context.close();
  });
});
