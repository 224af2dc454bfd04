import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/browser';
import { startTestPlatform, type TestPlatform } from './support/test-platform';

jest.setTimeout(240_000);

let platform: TestPlatform;
let browser: Browser;

beforeAll(async () => {
  platform = await startTestPlatform();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await platform?.close();
});

const adminUrl = (path: string) => `http://localhost:${platform.routerPort}${path}`;

async function newPage(locale: string): Promise<Page> {
  const page = await browser.newPage({ locale });
  page.on('pageerror', (error) => {
    throw error;
  });
  return page;
}

describe('the admin app, first cut, in a real browser through the router', () => {
  it('takes a new merchant from sign-up to a published store showing their product', async () => {
    const page = await newPage('en-US');
    const slug = `browser-${Date.now().toString(36)}`;

    await page.goto(adminUrl('/signup'));
    await page.getByLabel('Email').fill(`${slug}@example.com`);
    await page.getByLabel('Password').fill('correct horse battery');
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.waitForURL('**/stores');

    await page.getByRole('button', { name: /Create your store/ }).click();
    await page.getByLabel('Store name').fill('Browser Store');
    await page.getByLabel(/Address/).fill(slug);
    await page.getByText('Available').waitFor();
    await page.getByLabel('Niche').selectOption('home');
    // Defaults come from the browser's locale.
    expect(await page.getByLabel('Currency').inputValue()).toBe('USD');
    await page.getByRole('button', { name: 'Create store' }).click();
    await page.waitForURL(/\/stores\/[0-9a-f-]{36}$/);

    // Live provisioning progress ends with the product form once the store is ready.
    await page.getByLabel('Title').waitFor({ timeout: 30_000 });
    await page.getByLabel('Title').fill('Caneca Azul');
    await page.getByLabel('Price').fill('29.90');
    await page.getByLabel('Stock').fill('5');
    await page.getByRole('button', { name: 'Add product' }).click();
    await page.getByText('$29.90').waitFor();

    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByRole('button', { name: 'Unpublish' }).waitFor();
    const storefrontLink = page.getByRole('link', { name: 'View storefront' });
    expect(await storefrontLink.getAttribute('href')).toBe(
      `http://${slug}.localhost:${platform.routerPort}`,
    );

    const store = await newPage('en-US');
    await store.goto(`http://${slug}.localhost:${platform.routerPort}/`);
    expect(await store.textContent('body')).toContain('Caneca Azul');
    expect(await store.textContent('body')).toContain('$29.90');
  });

  it('shows the server’s field error inline when the slug is taken', async () => {
    const first = await newPage('en-US');
    const slug = `taken-${Date.now().toString(36)}`;
    for (const email of [`one-${slug}@example.com`, `two-${slug}@example.com`]) {
      await first.goto(adminUrl('/signup'));
      await first.getByLabel('Email').fill(email);
      await first.getByLabel('Password').fill('correct horse battery');
      await first.getByRole('button', { name: 'Sign up' }).click();
      await first.waitForURL('**/stores');
      await first.goto(adminUrl('/stores/new'));
      await first.getByLabel('Store name').fill('Contested');
      await first.getByLabel(/Address/).fill(slug);
      await first.getByLabel('Niche').selectOption('books');
      if (email.startsWith('one')) {
        await first.getByText('Available').waitFor();
        await first.getByRole('button', { name: 'Create store' }).click();
        await first.waitForURL(/\/stores\/[0-9a-f-]{36}$/);
        await first.getByRole('button', { name: 'Sign out' }).click();
        await first.waitForURL('**/login');
      } else {
        await first.getByText(/taken/i).first().waitFor();
      }
    }
  });

  it('speaks the browser’s language: Portuguese for pt-BR', async () => {
    const page = await newPage('pt-BR');
    await page.goto(adminUrl('/login'));
    // The language is chosen in the browser (navigator.language), after hydration.
    await page.getByRole('button', { name: 'Entrar' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('pt-BR');
  });
});
