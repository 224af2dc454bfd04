/**
 * The shopper journey of issue 3, in Chromium through the router: search, variant, cart,
 * coupon, shipping and tax, Stripe Checkout (stripe-mock), Stripe's signed webhook, the order
 * paid, the confirmation email caught by the SMTP sink, staff shipping it with tracking, and
 * the buyer seeing it on the order link and in their account; then the store's dashboard
 * counting those visits from the storefront's beacons (and not a shopper who opts out).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startMailSink, type CapturedMail, type MailSink } from '@mpb/devkit';
import { Stripe } from '@mpb/payments';
import { testEnv } from '@mpb/testing';
import { launchChromium } from './support/browser';
import { call, eventually } from './support/http';
import { startStripeRecorder, type StripeRecorder } from './support/stripe-recorder';
import { startTestPlatform, type TestPlatform } from './support/test-platform';

jest.setTimeout(300_000);

let platform: TestPlatform;
let browser: Browser;
let mail: MailSink;
let stripe: StripeRecorder;

const run = Date.now().toString(36);
const slug = `loja-${run}`;
const buyer = `buyer-${run}@example.com`;
const merchant = { email: `merchant-${run}@example.com`, token: '', tenantId: '' };
const trackingNumber = '1Z999AA10123456784';
let accountId = '';
let productId = '';

beforeAll(async () => {
  mail = await startMailSink();
  stripe = await startStripeRecorder(testEnv().stripeUrl);
  platform = await startTestPlatform({ smtpUrl: mail.smtpUrl, stripeApiBase: stripe.url });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await platform?.close();
  await stripe?.close();
  await mail?.stop();
});

const storeHost = `${slug}.localhost`;
const storeUrl = (path: string) => `http://${storeHost}:${platform.routerPort}${path}`;
const api = (host: string, path: string, options?: Parameters<typeof call>[3]) =>
  call(platform.routerPort, host, path, options);
const staff = (path: string, options: Parameters<typeof call>[3] = {}) =>
  api(storeHost, path, { token: merchant.token, ...options });

/** Stripe's delivery of one event to the platform's webhook, signed with the endpoint's secret. */
const signer = new Stripe('sk_test_signing_only');
let eventCount = 0;
function deliverStripeEvent(type: string, object: object) {
  const event = {
    id: `evt_e2e_${run}_${eventCount++}`,
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

const mailTo = (address: string, contains: string) => (message: CapturedMail) =>
  message.to.some((to) => to.includes(address)) && message.text.includes(contains);

async function newContext(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'en-US' });
  // Stripe's hosted page cannot load on this closed network: stand in for it.
  await context.route(/^https:\/\/checkout\.stripe\.com\//, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><title>Stripe Checkout</title><h1>Stripe Checkout (test mode)</h1>',
    }),
  );
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  return { context, page };
}

describe('a shopper buys on a store, and follows the order to their door', () => {
  it('1. the merchant has a store that sells: product with sizes, coupon, shipping, tax, Stripe', async () => {
    const signup = await api('localhost', '/api/v1/auth/signup', {
      method: 'POST',
      body: { email: merchant.email, password: 'correct horse battery staple' },
    });
    expect(signup.status).toBe(201);
    merchant.token = signup.json.token;
    const created = await api('localhost', '/api/v1/tenants', {
      method: 'POST',
      token: merchant.token,
      body: {
        name: 'Linen & Co',
        slug,
        niche: 'fashion',
        currency: 'USD',
        language: 'en',
        country: 'US',
      },
    });
    expect(created.status).toBe(202);
    merchant.tenantId = created.json.id;
    await eventually('the store to be ready', async () => {
      const tenant = await api('localhost', `/api/v1/tenants/${merchant.tenantId}`, {
        token: merchant.token,
      });
      return tenant.json.status === 'ready' ? tenant.json : undefined;
    });

    const product = await staff('/api/v1/admin/products', {
      method: 'POST',
      body: {
        title: 'Linen Shirt',
        description: '<p>Breathable <strong>linen</strong>, cut loose.</p>',
        status: 'active',
        price: 4000,
        tags: ['summer'],
        variants: [
          { sku: 'LS-S', stock: 5, options: { size: 'S' } },
          { sku: 'LS-M', stock: 0, options: { size: 'M' } },
          { sku: 'LS-L', stock: 3, options: { size: 'L' } },
        ],
      },
    });
    expect(product.status).toBe(201);
    productId = product.json.id;
    for (const [path, body] of [
      ['/api/v1/admin/coupons', { code: 'WELCOME10', kind: 'percentage', value: 10 }],
      [
        '/api/v1/admin/shipping-zones',
        {
          name: 'United States',
          countries: ['US'],
          rates: [{ name: 'Standard', kind: 'flat', amount: 500 }],
        },
      ],
      [
        '/api/v1/admin/tax-rates',
        { name: 'California', country: 'US', region: 'US-CA', rateBps: 725 },
      ],
    ] as const) {
      expect((await staff(path, { method: 'POST', body })).status).toBe(201);
    }

    // Stripe Connect: the account is created, then Stripe reports it can take charges.
    const onboarding = await api(
      'localhost',
      `/api/v1/tenants/${merchant.tenantId}/payments/stripe/onboarding`,
      { method: 'POST', token: merchant.token, body: { returnPath: '/stores' } },
    );
    expect(onboarding.status).toBe(200);
    accountId = onboarding.json.accountId;
    const ready = await deliverStripeEvent('account.updated', {
      id: accountId,
      object: 'account',
      charges_enabled: true,
      details_submitted: true,
    });
    expect(ready.status).toBe(200);

    const published = await api('localhost', `/api/v1/tenants/${merchant.tenantId}/publish`, {
      method: 'POST',
      token: merchant.token,
      body: { live: true },
    });
    expect(published.status).toBe(200);
    // Search documents are written by the cell worker, shortly after the product.
    await eventually('the product to be searchable', async () => {
      const found = await api(storeHost, '/api/v1/search?q=linen');
      return found.json?.items?.length === 1 ? true : undefined;
    });
  });

  let page: Page;
  let context: BrowserContext;
  let order: { id: string; number: string; successUrl: string };

  it('2. the shopper searches, picks a size and puts two in the cart', async () => {
    ({ context, page } = await newContext());
    await page.goto(storeUrl('/'));
    // A prefix of the word is enough.
    await page.getByRole('searchbox', { name: 'Search products' }).fill('line');
    await page.getByRole('searchbox', { name: 'Search products' }).press('Enter');
    await page.waitForURL(/\/search\?q=line/);
    await page
      .getByRole('link', { name: /Linen Shirt/ })
      .first()
      .click();
    await page.waitForURL(/\/products\/linen-shirt/);
    await expect(
      page.getByRole('heading', { name: 'Linen Shirt', level: 1 }).isVisible(),
    ).resolves.toBe(true);

    const sizes = page.getByRole('group', { name: 'size' });
    await expect(sizes.getByRole('radio', { name: 'M (sold out)' }).isVisible()).resolves.toBe(
      true,
    );
    await sizes.getByRole('radio', { name: 'L', exact: true }).check();
    await page.getByLabel('Quantity', { exact: true }).fill('2');
    await page.getByRole('button', { name: 'Add to cart' }).click();
    await page.getByText('Added to your cart.').waitFor();
    await expect(page.getByTestId('cart-count').textContent()).resolves.toBe('2');
  });

  it('3. the cart applies the coupon, prices shipping and tax on the server, and pays', async () => {
    await page.goto(storeUrl('/cart'));
    await page.getByLabel('Coupon code').fill('WELCOME10');
    await page.getByRole('button', { name: 'Apply coupon' }).click();
    await page.getByTestId('applied-coupon').waitFor();
    await page.getByLabel('Email').fill(buyer);
    await page.getByRole('button', { name: 'Save email' }).click();
    await page.getByLabel('Country').selectOption('US');
    await page.getByLabel('State or region (optional)').fill('CA');
    await page.getByRole('button', { name: 'Calculate shipping' }).click();
    await page
      .getByRole('group', { name: 'Shipping method' })
      .getByRole('radio', { name: /Standard/ })
      .check();
    await page.getByTestId('cart-shipping').getByText('$5.00').waitFor();

    // 2 × $40.00, 10% off, $5.00 shipping, 7.25% California tax on the discounted goods.
    const totals = async (id: string) => (await page.getByTestId(id).textContent())?.trim();
    expect(await totals('cart-subtotal')).toContain('$80.00');
    expect(await totals('cart-discount')).toContain('$8.00');
    expect(await totals('cart-shipping')).toContain('$5.00');
    expect(await totals('cart-tax')).toContain('$5.22');
    expect(await totals('cart-total')).toContain('$82.22');

    await page.getByRole('button', { name: 'Pay' }).click();
    await page.waitForURL(/^https:\/\/checkout\.stripe\.com\//);
    const session = stripe.sessions().at(-1);
    expect(session).toMatchObject({
      account: accountId,
      metadata: { tenant_id: merchant.tenantId },
    });
    order = {
      id: session!.metadata.order_id!,
      number: session!.metadata.order_number!,
      successUrl: session!.successUrl,
    };
    expect(order.successUrl.startsWith(storeUrl(`/orders/${order.id}?token=`))).toBe(true);
  });

  it('4. Stripe confirms the payment by a signed webhook: the order is paid once, stock is sold', async () => {
    const session = stripe.sessions().at(-1)!;
    const completed = {
      id: session.id,
      object: 'checkout.session',
      payment_status: 'paid',
      payment_intent: `pi_test_${run}`,
      metadata: session.metadata,
      collected_information: {
        shipping_details: {
          name: 'Ada Shopper',
          address: {
            line1: '1 Market St',
            line2: null,
            city: 'San Francisco',
            state: 'CA',
            postal_code: '94105',
            country: 'US',
          },
        },
      },
      customer_details: { email: buyer, phone: null },
    };
    const first = await deliverStripeEvent('checkout.session.completed', completed);
    expect(first.json).toMatchObject({ received: true, outcome: 'processed' });

    // Then Stripe sends the shopper back to the store.
    await page.goto(order.successUrl);
    await expect(page.getByTestId('order-status').textContent()).resolves.toContain('Paid');
    await expect(page.getByTestId('order-total').textContent()).resolves.toContain('$82.22');

    const product = await staff(`/api/v1/admin/products/${productId}`);
    const large = product.json.variants.find((variant: { sku: string }) => variant.sku === 'LS-L');
    expect({ stock: large.stock, reserved: large.reserved }).toEqual({ stock: 1, reserved: 0 });
  });

  it('5. the confirmation email reaches the shopper, from the store', async () => {
    const confirmation = await mail.waitFor(mailTo(buyer, order.number), 30_000);
    expect(confirmation.fromName).toBe('Linen & Co');
    expect(confirmation.text).toContain('Linen Shirt');
    expect(confirmation.text).toContain('$82.22');
  });

  it('6. staff ship it with tracking; the shopper sees it on the order link and by email', async () => {
    const shipped = await staff(`/api/v1/admin/orders/${order.id}/shipments`, {
      method: 'POST',
      body: { carrier: 'UPS', trackingNumber },
    });
    expect(shipped.status).toBe(200);
    expect(shipped.json.shippingAddress).toMatchObject({ line1: '1 Market St', region: 'US-CA' });

    await page.reload();
    await expect(page.getByTestId('order-status').textContent()).resolves.toContain('Shipped');
    await expect(page.getByTestId('tracking-number').textContent()).resolves.toContain(
      trackingNumber,
    );
    await mail.waitFor(mailTo(buyer, trackingNumber), 30_000);
  });

  it('7. signed in by an emailed link, the shopper finds the order and its tracking in their account', async () => {
    await context.close();
    ({ context, page } = await newContext());
    await page.goto(storeUrl('/account/login'));
    await page.getByLabel('Email').fill(buyer);
    await page.getByRole('button', { name: 'Send sign-in link' }).click();
    await page.getByText('Check your inbox').waitFor();
    const signIn = await mail.waitFor(mailTo(buyer, '/account/login?token='), 30_000);
    const link = /https?:\/\/\S+\/account\/login\?token=[\w-]+\S*/.exec(signIn.text)?.[0];
    expect(link?.startsWith(storeUrl('/account/login?token='))).toBe(true);

    await page.goto(link!);
    await page.waitForURL(storeUrl('/account'));
    await page.getByRole('link', { name: `View order #${order.number}` }).click();
    await expect(page.getByTestId('order-status').textContent()).resolves.toContain('Shipped');
    await expect(page.getByTestId('tracking-number').textContent()).resolves.toContain(
      trackingNumber,
    );
    await context.close();
  });

  it("8. the store's dashboard counts those visits from the storefront's beacons, and none from a shopper who opts out", async () => {
    const summary = async () => {
      const reply = await staff('/api/v1/admin/analytics/summary');
      expect(reply.status).toBe(200);
      return reply.json.totals as Record<string, number | null>;
    };
    // Two browser visits (steps 2–6, then step 7's new browser), one product page, one add to
    // cart, one checkout and one paid order. Beacons are fire and forget: wait for them.
    const counted = await eventually('the beacons to be counted', async () => {
      const totals = await summary();
      return totals.sessions === 2 && totals.checkoutsStarted === 1 ? totals : undefined;
    });
    expect(counted).toMatchObject({
      sessions: 2,
      productViews: 1,
      addToCarts: 1,
      checkoutsStarted: 1,
      orders: 1,
      conversionRate: 0.5,
    });
    expect(counted.pageViews).toBeGreaterThanOrEqual(6);

    // A browser sending Global Privacy Control is not counted at all. To know its beacons would
    // have arrived, a counted visit follows it and must add exactly one page and one session.
    const optedOut = await browser.newContext({ locale: 'en-US' });
    await optedOut.addInitScript(
      "Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true })",
    );
    const privatePage = await optedOut.newPage();
    await privatePage.goto(storeUrl('/'));
    await privatePage.goto(storeUrl('/products/linen-shirt'));
    await privatePage.getByRole('heading', { name: 'Linen Shirt', level: 1 }).waitFor();
    await optedOut.close();

    const counting = await newContext();
    await counting.page.goto(storeUrl('/'));
    const after = await eventually('the counted visit', async () => {
      const totals = await summary();
      return totals.sessions === 3 ? totals : undefined;
    });
    await counting.context.close();
    expect(after).toMatchObject({
      sessions: 3,
      pageViews: counted.pageViews! + 1,
      productViews: 1,
    });
    expect(after.conversionRate).toBeCloseTo(1 / 3, 3);
  });
});
