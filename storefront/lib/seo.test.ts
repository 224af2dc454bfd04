import type { Store } from './cell-api';
import { pageMetadata, titleTemplate } from './seo';

const store: Store = {
  name: 'Loja da Ana',
  slug: 'loja-da-ana',
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
  theme: { primaryColor: '#112233', accentColor: '#445566', logoUrl: null },
  preview: null,
};
const defaults = {
  description: 'Roupas leves feitas no Brasil.',
  socialImageUrl: 'https://cdn.example.com/social.png',
};

describe('SEO defaults', () => {
  it('give a page without its own description and images the store’s', () => {
    const metadata = pageMetadata({ store, origin: 'https://ana.example', path: '/', defaults });
    expect(metadata.description).toBe(defaults.description);
    expect(metadata.openGraph).toMatchObject({
      description: defaults.description,
      images: [defaults.socialImageUrl],
    });
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image' });
  });

  it('never replace what the page has of its own', () => {
    const metadata = pageMetadata({
      store,
      origin: 'https://ana.example',
      path: '/products/vestido',
      title: 'Vestido',
      description: 'Linho leve.',
      images: ['https://ana.example/api/v1/media/v.webp'],
      defaults,
    });
    expect(metadata.description).toBe('Linho leve.');
    expect(metadata.openGraph).toMatchObject({
      images: ['https://ana.example/api/v1/media/v.webp'],
    });
  });

  it('leave a page alone when the store has none', () => {
    const metadata = pageMetadata({ store, origin: 'https://ana.example', path: '/' });
    expect(metadata.description).toBeUndefined();
    expect(metadata.twitter).toMatchObject({ card: 'summary' });
  });

  it('put the title suffix after every page title, the store name when there is none', () => {
    expect(titleTemplate(store, null)).toEqual({
      default: 'Loja da Ana',
      template: '%s · Loja da Ana',
    });
    expect(titleTemplate(store, 'Moda feminina')).toEqual({
      default: 'Loja da Ana · Moda feminina',
      template: '%s · Moda feminina',
    });
  });
});

describe('languages', () => {
  const multilingual: Store = { ...store, languages: ['pt-BR', 'en', 'es'] };

  it('list every language of the store as an alternate, and the plain URL as x-default', () => {
    const metadata = pageMetadata({
      store: multilingual,
      origin: 'https://ana.example',
      path: '/products/vestido',
    });
    expect(metadata.alternates).toEqual({
      canonical: 'https://ana.example/products/vestido',
      languages: {
        'pt-BR': 'https://ana.example/products/vestido?lang=pt-BR',
        en: 'https://ana.example/products/vestido?lang=en',
        es: 'https://ana.example/products/vestido?lang=es',
        'x-default': 'https://ana.example/products/vestido',
      },
    });
  });

  it('make a page its language’s canonical when its URL chose the language', () => {
    const metadata = pageMetadata({
      store: { ...multilingual, language: 'es', languageInUrl: true },
      origin: 'https://ana.example',
      path: '/',
    });
    expect(metadata.alternates?.canonical).toBe('https://ana.example/?lang=es');
    expect(metadata.openGraph).toMatchObject({ locale: 'es_ES' });
  });

  it('add no alternates to a store with one language', () => {
    const metadata = pageMetadata({ store, origin: 'https://ana.example', path: '/' });
    expect(metadata.alternates).toEqual({ canonical: 'https://ana.example/' });
  });
});
