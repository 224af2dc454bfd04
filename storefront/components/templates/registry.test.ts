import * as React from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { storefrontTemplates } from '@mpb/contracts';
import type { ProductSummary, Store } from '../../lib/cell-api';
import { getMessages } from '../../lib/i18n';
import { DisplayCurrencyProvider } from '../display-currency-provider';
import { StoreShell } from '../store-shell';
import { storeTemplates, templateFor } from './registry';
import type { StoreTemplate } from './types';

// The test project compiles JSX to React.createElement without importing React into each file
// (Next uses the automatic runtime); give those modules the React they expect when they render.
(globalThis as { React?: typeof React }).React = React;

const store: Store = {
  name: 'Casa Aurora',
  slug: 'casa-aurora',
  live: true,
  language: 'pt-BR',
  storeLanguage: 'pt-BR',
  languages: ['pt-BR'],
  languageInUrl: false,
  currency: 'BRL',
  displayCurrencies: [],
  displayCurrency: null,
  country: 'BR',
  template: 'classic',
  theme: { primaryColor: '#14532d', accentColor: '#facc15', logoUrl: null },
  preview: null,
};

const product = (title: string, handle: string): ProductSummary => ({
  handle,
  title,
  price: { amountMinor: 12990, currency: 'BRL' },
  compareAtPrice: null,
  available: true,
  image: null,
  tags: [],
  optionAxes: [],
});

const products = [product('Vaso de cerâmica', 'vaso'), product('Manta de lã', 'manta')];
const messages = getMessages('pt-BR');

function renderHome(template: StoreTemplate): string {
  const { Header, Home, Footer } = template;
  const props = { store: { ...store, template: template.id } };
  return renderToStaticMarkup(
    React.createElement(
      React.Fragment,
      null,
      React.createElement(Header, { ...props, isHome: true }),
      React.createElement(Home, {
        ...props,
        collections: [
          {
            handle: 'inverno',
            title: 'Inverno',
            descriptionHtml: '',
            sort: 'manual',
            seoTitle: null,
            seoDescription: null,
          },
        ],
        products,
        nextHref: undefined,
        isFirstPage: true,
        messages,
      }),
      React.createElement(Footer, props),
    ),
  );
}

describe('templateFor', () => {
  it.each(storefrontTemplates)('gives the %s template for its id', (id) => {
    expect(templateFor(id).id).toBe(id);
  });

  it.each(['default', '', 'neon', 'CLASSIC', 'bold '])(
    'falls back to classic for %j (stores made before templates say "default")',
    (id) => {
      expect(templateFor(id)).toBe(storeTemplates.classic);
    },
  );

  it('knows exactly the contract’s templates', () => {
    expect(Object.keys(storeTemplates).sort()).toEqual([...storefrontTemplates].sort());
  });
});

describe('the templates', () => {
  const all = Object.values(storeTemplates);

  it('each have their own header, home, product list and footer', () => {
    for (const part of ['Header', 'Home', 'ProductList', 'Footer'] as const) {
      expect(new Set(all.map((template) => template[part])).size).toBe(all.length);
    }
  });

  it.each(all.map((template) => [template.id, template] as const))(
    '%s shows the store’s own name, collections and products, with one h1',
    (_id, template) => {
      const html = renderHome(template);
      expect(html).toContain('Casa Aurora');
      expect(html).toContain('Vaso de cerâmica');
      expect(html).toContain('Manta de lã');
      expect(html).toContain('href="/collections/inverno"');
      expect(html).toContain('href="/products/vaso"');
      expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
      expect(html).toContain('<header');
      expect(html).toContain('<footer');
      expect(html).toContain('role="search"');
    },
  );

  it('render three different home pages from the same data', () => {
    const pages = all.map(renderHome);
    expect(new Set(pages).size).toBe(3);
  });

  it('set the store name over the accent colour in bold’s hero only', () => {
    const hero = /<section class="[^"]*bg-brand-accent[^"]*"[\s\S]*?<h1[^>]*>Casa Aurora<\/h1>/;
    expect(renderHome(storeTemplates.bold)).toMatch(hero);
    expect(renderHome(storeTemplates.classic)).not.toMatch(hero);
    expect(renderHome(storeTemplates.minimal)).not.toMatch(hero);
  });

  it('give minimal serif headings and small images', () => {
    const html = renderToStaticMarkup(
      React.createElement(storeTemplates.minimal.ProductList, {
        store,
        products: [
          {
            ...product('Vaso', 'vaso'),
            image: { url: '/api/v1/media/x.webp', srcset: '', alt: '', width: 800, height: 800 },
          },
        ],
        messages,
      }),
    );
    expect(html).toMatch(/<h3 class="[^"]*font-serif/);
    expect(html).toMatch(/<img[^>]*class="[^"]*size-16/);
  });
});

describe('the store shell', () => {
  const shell = (shown: Store) =>
    renderToStaticMarkup(React.createElement(StoreShell, { store: shown, children: 'page' }));

  it('uses the store’s template, and classic for an unknown one', () => {
    expect(shell({ ...store, template: 'minimal' })).toContain('data-template="minimal"');
    expect(shell({ ...store, template: 'neon' as Store['template'] })).toContain(
      'data-template="classic"',
    );
  });

  it('shows the preview band only in a preview, saying whether shoppers can see the store', () => {
    expect(shell(store)).not.toContain('preview-ribbon');
    const draft = shell({ ...store, live: false, preview: { expiresAt: '2026-03-01T12:30:00Z' } });
    expect(draft).toContain('data-testid="preview-ribbon"');
    expect(draft).toContain(messages.previewNotLive);
    const live = shell({ ...store, preview: { expiresAt: '2026-03-01T12:30:00Z' } });
    expect(live).toContain(messages.previewLive);
  });
});

describe('languages and display currencies', () => {
  const eur = { currency: 'EUR', rate: '0.17', rounding: 'none' as const };
  const multilingual: Store = {
    ...store,
    language: 'es',
    languages: ['pt-BR', 'es'],
    displayCurrencies: [eur],
    displayCurrency: eur,
  };

  function renderWith(template: StoreTemplate, shown: Store): string {
    const { Header, ProductList } = template;
    return renderToStaticMarkup(
      React.createElement(DisplayCurrencyProvider, {
        currency: shown.displayCurrency,
        children: [
          React.createElement(Header, { key: 'header', store: shown, isHome: false }),
          React.createElement(ProductList, {
            key: 'list',
            store: shown,
            products,
            messages: getMessages(shown.language),
          }),
        ],
      }),
    );
  }

  it.each(Object.values(storeTemplates).map((template) => [template.id, template] as const))(
    '%s offers the store’s languages, each named in itself, and its currencies',
    (_id, template) => {
      const html = renderWith(template, multilingual);
      expect(html).toContain('<nav aria-label="Idioma">');
      expect(html).toMatch(/<a href="\/\?lang=pt-BR" lang="pt-BR" hrefLang="pt-BR"[^>]*>Português/);
      expect(html).toMatch(/<a href="\/\?lang=es" lang="es" hrefLang="es" aria-current="true"/);
      expect(html).toContain('<select');
      expect(html).toContain('<option value="EUR" selected="">EUR</option>');
      expect(html).toContain('BRL (moneda de la tienda)');
    },
  );

  it.each(Object.values(storeTemplates).map((template) => [template.id, template] as const))(
    '%s shows prices converted, marked approximate, with the store’s own beside them',
    (_id, template) => {
      const html = renderWith(template, multilingual);
      // 129,90 BRL at 0.17 is 22,08 €.
      expect(html).toMatch(/Aproximadamente[\s\S]*?22,08/);
      expect(html).toMatch(/129,90\sBRL/);
    },
  );

  it('offers no switcher to a store with one language and one currency', () => {
    const html = renderWith(storeTemplates.classic, store);
    expect(html).not.toContain('<select');
    expect(html).not.toContain('hrefLang');
    expect(html).not.toContain('≈');
  });
});
