import type { ProductRow } from './repository';
import { contentLanguage, inPlatformOrder, productTexts } from './product-texts';
import type { TranslationRow } from './translation-repository';

const product = {
  title: 'Caneca',
  description: '<p>Feita à mão.</p>',
  seo_title: 'Caneca artesanal',
  seo_description: 'Uma caneca',
} as ProductRow;

const translation = (fields: Partial<TranslationRow>): TranslationRow => ({
  tenant_id: 't',
  product_id: 'p',
  language: 'es',
  title: 'Taza',
  description_html: '<p>Hecha a mano.</p>',
  seo_title: null,
  seo_description: null,
  updated_at: new Date(0),
  ...fields,
});

describe('contentLanguage', () => {
  const store = { language: 'pt-BR' };

  it('translates into an offered language other than the default', () => {
    expect(contentLanguage('es', store, ['pt-BR', 'es'])).toBe('es');
  });

  it.each([
    [undefined, 'nothing asked'],
    ['pt-BR', 'the default'],
    ['en', 'not offered'],
  ])('does not translate for %s (%s)', (requested, _why) => {
    expect(contentLanguage(requested, store, ['pt-BR', 'es'])).toBeNull();
  });
});

describe('productTexts', () => {
  it('is the product’s own texts without a translation', () => {
    expect(productTexts(product)).toEqual({
      title: 'Caneca',
      description: '<p>Feita à mão.</p>',
      seoTitle: 'Caneca artesanal',
      seoDescription: 'Uma caneca',
    });
  });

  it('is the translation’s, never mixing in the other language’s SEO fields', () => {
    expect(productTexts(product, translation({}))).toEqual({
      title: 'Taza',
      description: '<p>Hecha a mano.</p>',
      seoTitle: null,
      seoDescription: null,
    });
  });

  it('keeps the product’s description when the translation has none', () => {
    expect(productTexts(product, translation({ description_html: '' })).description).toBe(
      '<p>Feita à mão.</p>',
    );
  });
});

it('orders translations as the platform lists its languages', () => {
  const rows = [{ language: 'es' }, { language: 'en' }, { language: 'pt-BR' }];
  expect(inPlatformOrder(rows).map((row) => row.language)).toEqual(['pt-BR', 'en', 'es']);
});
