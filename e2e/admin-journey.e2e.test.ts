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

describe('the admin app in a real browser through the router', () => {
  // The journey from sign-up to a published store is the wizard's: merchant-wizard.e2e.test.ts.

  it('shows the server’s field error inline when the slug is taken', async () => {
    const first = await newPage('en-US');
    const slug = `taken-${Date.now().toString(36)}`;
    for (const email of [`one-${slug}@example.com`, `two-${slug}@example.com`]) {
      await first.goto(adminUrl('/signup'));
      await first.getByLabel('Email').fill(email);
      await first.getByLabel('Password').fill('correct horse battery');
      await first.getByRole('button', { name: 'Sign up' }).click();
      // A new account goes straight to naming its first store.
      await first.waitForURL('**/stores/new');
      await first.getByLabel('Store name').fill('Contested');
      await first.getByLabel(/Address/).fill(slug);
      await first.getByLabel('Niche').selectOption('books');
      if (email.startsWith('one')) {
        await first.getByText('Available').waitFor();
        await first.getByRole('button', { name: /Create store/ }).click();
        await first.waitForURL(/\/stores\/[0-9a-f-]{36}\/setup\/identity$/);
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
