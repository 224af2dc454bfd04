import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startMailSink, type MailSink } from '@mpb/devkit';
import { createActionCounter } from './support/action-counter';
import { expectNoAxeViolations } from './support/axe';
import { launchChromium } from './support/browser';
import { startTestPlatform, type TestPlatform } from './support/test-platform';

jest.setTimeout(300_000);

let platform: TestPlatform;
let browser: Browser;
let mail: MailSink;

// Starting the platform builds the Next apps when their sources changed: minutes, not counted.
beforeAll(async () => {
  // Platform email (sign-in and verification links) lands here.
  mail = await startMailSink();
  platform = await startTestPlatform({ smtpUrl: mail.smtpUrl });
  browser = await launchChromium();
}, 900_000);
afterAll(async () => {
  await browser?.close();
  await platform?.close();
  await mail?.stop();
});

const adminUrl = (pathname: string) => `http://localhost:${platform.routerPort}${pathname}`;
const password = 'correct horse battery';
const stepUrl = (step: string) => new RegExp(`/stores/[0-9a-f-]{36}/setup/${step}$`);

// A 16×16 PNG, for the logo and the product photo.
const png = {
  name: 'image.png',
  mimeType: 'image/png',
  buffer: Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAFklEQVR4nGOQSzlBEmIY1TCqYfhqAADGmEoQckuN7wAAAABJRU5ErkJggg==',
    'base64',
  ),
};

/** A page whose uncaught errors are kept, to be asserted on: a broken page must fail the test. */
async function openPage(context: BrowserContext): Promise<{ page: Page; errors: Error[] }> {
  const page = await context.newPage();
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  return { page, errors };
}

function uniqueName(prefix: string): { name: string; slug: string } {
  const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
  return {
    name: `${prefix} ${suffix}`,
    slug: `${prefix.toLowerCase().replace(/\s+/g, '-')}-${suffix}`,
  };
}

describe('the merchant wizard, in Chromium through the router', () => {
  it('takes a new merchant from sign-up to a published store selling their product, in minutes', async () => {
    const context = await browser.newContext({
      locale: 'en-US',
      viewport: { width: 1280, height: 900 },
    });
    const { page, errors } = await openPage(context);
    const act = createActionCounter();
    const store = uniqueName('Casa Azul');
    const email = `${store.slug}@example.com`;
    const marks: Record<string, number> = {};
    const started = Date.now();
    const mark = (step: string) => (marks[step] = Date.now() - started);

    // 1. Account.
    await page.goto(adminUrl('/signup'));
    await page.getByRole('heading', { name: 'Create your account' }).waitFor();
    await expectNoAxeViolations(page, 'sign-up');
    await act.fill(page.getByLabel('Email'), email);
    await act.fill(page.getByLabel('Password'), password);
    await act.click(page.getByRole('button', { name: 'Sign up' }));
    await page.waitForURL('**/stores/new');
    mark('account');

    // 2. Identity: the address and niche are suggested from the name, the rest from the locale.
    await page.getByRole('heading', { name: 'Name your store' }).waitFor();
    await expectNoAxeViolations(page, 'new store');
    await act.fill(page.getByLabel('Store name'), store.name);
    expect(await page.getByLabel(/Address/).inputValue()).toBe(store.slug);
    await page.getByText('Available', { exact: true }).waitFor();
    expect(await page.getByLabel('Niche').inputValue()).toBe('home');
    expect(await page.getByLabel('Currency').inputValue()).toBe('USD');
    expect(await page.getByLabel('Country').inputValue()).toBe('US');
    await act.click(page.getByRole('button', { name: 'Create store and continue' }));
    await page.waitForURL(stepUrl('identity'));
    const tenantId = /stores\/([0-9a-f-]{36})\//.exec(page.url())?.[1] ?? '';

    await page.getByRole('heading', { name: 'Your store’s identity' }).waitFor();
    expect(await page.getByLabel('Store name').inputValue()).toBe(store.name);
    // Provisioning runs meanwhile; the logo can be added once the store exists in its cell.
    await page
      .getByLabel('Logo', { exact: true })
      .and(page.locator(':enabled'))
      .waitFor({ timeout: 30_000 });
    await expectNoAxeViolations(page, 'identity');
    await act.chooseFile(page.getByLabel('Logo', { exact: true }), png);
    await page.getByText('Logo saved.').waitFor();
    await act.click(page.getByRole('button', { name: 'Save and continue' }));
    await page.waitForURL(stepUrl('template'));
    mark('identity');

    // 3. Template, with the store's own storefront as the live preview.
    await page.getByRole('heading', { name: 'Choose a template' }).waitFor();
    await act.click(page.getByRole('radio', { name: 'Bold' }));
    const preview = page.locator('iframe[title*="Bold"]');
    await preview.waitFor();
    const previewSrc = (await preview.getAttribute('src')) ?? '';
    expect(previewSrc).toContain(`//${store.slug}.localhost:${platform.routerPort}/?preview=`);
    expect(previewSrc).toContain('template=bold');
    await page
      .frameLocator('iframe[title*="Bold"]')
      .getByText(store.name)
      .first()
      .waitFor({ timeout: 15_000 });
    await expectNoAxeViolations(page, 'template');
    await act.click(page.getByRole('button', { name: 'Save and continue' }));
    await page.waitForURL(stepUrl('catalog'));
    mark('template');

    // 4. Catalog: one product with a photo and two sizes, in one form.
    await page.getByRole('heading', { name: 'Add your products' }).waitFor();
    await page.getByLabel('Title', { exact: true }).waitFor();
    await expectNoAxeViolations(page, 'catalog');
    await act.fill(page.getByLabel('Title', { exact: true }), 'Caneca Azul');
    await act.fill(page.getByLabel('Price', { exact: true }), '29.90');
    await act.chooseFile(page.getByLabel('Photo'), png);
    await act.fill(page.getByLabel('Option', { exact: true }), 'Size');
    await act.fill(page.getByLabel('Values', { exact: true }), 'S, M');
    await act.click(page.getByRole('button', { name: 'Add product' }));
    await page.getByText('Added “Caneca Azul”.').waitFor();
    const listed = page.getByRole('region', { name: 'In your store' }).getByRole('listitem');
    expect(await listed.first().textContent()).toMatch(
      /Caneca Azul.*\$29\.90.*2 variants.*with photo/,
    );
    await act.click(page.getByRole('button', { name: 'Save and continue' }));
    await page.waitForURL(stepUrl('payments'));
    mark('catalog');

    // 5. Payments: skipped, so the store stays in test mode and says so.
    await page.getByRole('heading', { name: 'Get paid' }).waitFor();
    await page
      .getByText('Your store cannot take real payments until you connect Stripe.')
      .waitFor();
    await expectNoAxeViolations(page, 'payments');
    await act.click(page.getByRole('button', { name: 'Skip for now' }));
    await page.waitForURL(stepUrl('shipping-and-taxes'));
    mark('payments');

    // 6. Shipping and taxes: the country's defaults, accepted as proposed.
    await page.getByRole('heading', { name: 'Shipping and taxes' }).waitFor();
    await page.getByLabel('Flat shipping rate').waitFor();
    expect(await page.getByLabel('Flat shipping rate').inputValue()).toBe('7.99');
    expect(await page.getByLabel('Free shipping from', { exact: true }).inputValue()).toBe('75.00');
    await expectNoAxeViolations(page, 'shipping and taxes');
    await act.click(page.getByRole('button', { name: 'Save and continue' }));
    await page.waitForURL(stepUrl('domain'));
    mark('shipping');

    // 7. Domain: the platform address works already.
    await page.getByRole('heading', { name: 'Your address' }).waitFor();
    await page.getByRole('link', { name: new RegExp(`${store.slug}\\.localhost`) }).waitFor();
    await expectNoAxeViolations(page, 'domain');
    await act.click(page.getByRole('button', { name: 'Save and continue' }));
    await page.waitForURL(stepUrl('publish'));
    mark('domain');

    // 8. Publish: the checklist says what is missing (payments), then the store goes live.
    await page.getByRole('heading', { name: 'Publish your store' }).waitFor();
    await page.getByText('Test mode: shoppers cannot pay yet.').waitFor();
    await page.getByRole('button', { name: 'Publish', exact: true }).waitFor();
    await expectNoAxeViolations(page, 'publish');
    await act.click(page.getByRole('button', { name: 'Publish', exact: true }));
    await page.getByRole('button', { name: 'Unpublish' }).waitFor();
    const [storefront] = await Promise.all([
      context.waitForEvent('page'),
      act.click(page.getByRole('link', { name: /View storefront/ })),
    ]);
    await storefront.waitForLoadState();
    expect(storefront.url()).toBe(`http://${store.slug}.localhost:${platform.routerPort}/`);
    await storefront.getByText('Caneca Azul').first().waitFor();
    expect(await storefront.textContent('body')).toContain('$29.90');
    const elapsedMs = Date.now() - started;
    mark('publish');

    // The wizard is finished: the control plane says so.
    await page.goto(adminUrl(`/stores/${tenantId}/setup`));
    await page.waitForURL(new RegExp(`/stores/${tenantId}$`));

    const figures = {
      test: 'merchant-wizard.e2e: sign-up to a published store with a product',
      clicks: act.counts.clicks,
      keystrokes: act.counts.keystrokes,
      elapsedMs,
      stepsMs: marks,
      recordedAt: new Date().toISOString(),
    };
    console.log(`merchant wizard: ${JSON.stringify(figures)}`);
    const dir = path.join(__dirname, '..', 'bench', 'results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'wizard-e2e.json'), `${JSON.stringify(figures, null, 2)}\n`);

    expect(elapsedMs).toBeLessThan(5 * 60_000);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('resumes a wizard left half-way where it stopped, in another browser, with nothing lost', async () => {
    const store = uniqueName('Moda Bella');
    const email = `${store.slug}@example.com`;

    // First visit: the store is created, its colour changed, a template chosen; then the tab closes.
    const desktop = await browser.newContext({ locale: 'en-US' });
    const first = await openPage(desktop);
    await first.page.goto(adminUrl('/signup'));
    await first.page.getByLabel('Email').fill(email);
    await first.page.getByLabel('Password').fill(password);
    await first.page.getByRole('button', { name: 'Sign up' }).click();
    await first.page.waitForURL('**/stores/new');
    await first.page.getByLabel('Store name').fill(store.name);
    await first.page.getByText('Available', { exact: true }).waitFor();
    await first.page.getByLabel('Country').selectOption('BR');
    // The currency and language follow the country until the merchant picks them.
    expect(await first.page.getByLabel('Currency').inputValue()).toBe('BRL');
    expect(await first.page.getByLabel('Store language').inputValue()).toBe('pt-BR');
    await first.page.getByRole('button', { name: 'Create store and continue' }).click();
    await first.page.waitForURL(stepUrl('identity'));
    await first.page.getByLabel('Main colour').fill('#0f766e');
    await first.page.getByRole('button', { name: 'Save and continue' }).click();
    await first.page.waitForURL(stepUrl('template'));
    await first.page.getByRole('radio', { name: 'Minimal' }).click();
    await first.page.getByRole('button', { name: 'Save and continue' }).click();
    await first.page.waitForURL(stepUrl('catalog'));
    const catalogUrl = first.page.url();
    expect(first.errors).toEqual([]);
    await desktop.close();

    // Second visit, on a phone: logging in lands on the step where the merchant stopped.
    const phone = await browser.newContext({
      locale: 'en-US',
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const second = await openPage(phone);
    const { page } = second;
    await page.goto(adminUrl('/login'));
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(catalogUrl);
    await page.getByRole('heading', { name: 'Add your products' }).waitFor();
    await page.getByLabel('Title', { exact: true }).waitFor();
    await expectNoAxeViolations(page, 'catalog at 390×844');
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);

    // One click loads the niche's sample products, one click removes them.
    await page.getByRole('radio', { name: 'Sample products' }).click();
    await page.getByRole('button', { name: 'Load sample products' }).click();
    await page.getByText(/\d+ sample products added\./).waitFor();
    const products = page.getByRole('region', { name: 'In your store' }).getByRole('listitem');
    expect(await products.count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Remove sample products' }).click();
    await page.getByText(/\d+ sample products removed\./).waitFor();
    await page.getByText('No products yet.').waitFor();

    // Or a file: the downloadable sample, imported as it is, fills the catalog.
    await page.getByRole('radio', { name: 'Import a file' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download sample (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('sample-catalog.csv');
    await page.getByLabel('Catalog file').setInputFiles(await download.path());
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText(/^Imported: [1-9]\d* created, 0 updated, 0 rows with errors\.$/).waitFor();
    expect(await products.count()).toBeGreaterThan(0);

    // Going back shows what was saved: the template, then the identity with its colour.
    const stepper = page.getByRole('navigation', { name: 'Setup steps' });
    await stepper.getByRole('link', { name: /Template/ }).click();
    await page.waitForURL(stepUrl('template'));
    await page.getByRole('radio', { name: 'Minimal' }).waitFor();
    expect(await page.getByRole('radio', { name: 'Minimal' }).isChecked()).toBe(true);
    await expectNoAxeViolations(page, 'template at 390×844');
    await stepper.getByRole('link', { name: /Identity/ }).click();
    await page.waitForURL(stepUrl('identity'));
    await page.getByLabel('Main colour').waitFor();
    expect(await page.getByLabel('Store name').inputValue()).toBe(store.name);
    expect(await page.getByLabel('Main colour').inputValue()).toBe('#0f766e');
    expect(await page.getByLabel('Currency').inputValue()).toBe('BRL');
    await expectNoAxeViolations(page, 'identity at 390×844');

    // A step further on than the merchant got is not open yet: it leads back to theirs.
    await page.goto(catalogUrl.replace(/catalog$/, 'publish'));
    await page.waitForURL(catalogUrl);
    expect(second.errors).toEqual([]);
    await phone.close();
  });

  it('signs a new merchant up by an emailed link, without a password, straight into the wizard', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const first = await openPage(context);
    const email = `${uniqueName('Link Shop').slug}@example.com`;

    await first.page.goto(adminUrl('/signup'));
    await first.page.getByLabel('Email').fill(email);
    await first.page.getByRole('button', { name: 'Email me a sign-in link' }).click();
    await first.page.getByRole('heading', { name: 'Check your inbox' }).waitFor();
    await expectNoAxeViolations(first.page, 'check your inbox');

    const message = await mail.waitFor(
      (candidate) => candidate.to.includes(email) && candidate.text.includes('/auth/magic?token='),
      30_000,
    );
    expect(message.subject).toBe('Your sign-in link for Marketplace Builder');
    const link = /https?:\/\/\S+\/auth\/magic\?token=[\w-]+\S*/.exec(message.text)?.[0] ?? '';
    expect(link.startsWith(adminUrl('/auth/magic?token='))).toBe(true);

    // Opened from the mail client, in another tab: the new account starts the wizard there.
    const second = await openPage(context);
    await second.page.goto(link);
    await second.page.waitForURL('**/stores/new');
    await second.page.getByRole('heading', { name: 'Name your store' }).waitFor();
    // Verified by the link itself: no "confirm your email" banner.
    expect(await second.page.getByText('Confirm your email').count()).toBe(0);
    // The tab that asked for the link is signed in too, and moves on by itself.
    await first.page.waitForURL('**/stores/new');

    // A link works once.
    await second.page.goto(link);
    await second.page
      .getByText('This sign-in link has expired or was already used. Ask for a new one.')
      .waitFor();
    expect(first.errors).toEqual([]);
    expect(second.errors).toEqual([]);
    await context.close();
  });
});
