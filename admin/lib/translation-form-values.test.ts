import { translationBody, translationFormValues } from './translation-form-values';

describe('translationFormValues', () => {
  it('is empty for a language not translated yet', () => {
    expect(translationFormValues(undefined)).toEqual({
      title: '',
      description: '',
      seoTitle: '',
      seoDescription: '',
    });
  });

  it('shows a saved translation, with absent SEO fields as empty text', () => {
    expect(
      translationFormValues({
        language: 'es',
        title: 'Taza',
        description: '<p>Hecha a mano.</p>',
        seoTitle: null,
        seoDescription: 'Una taza',
        updatedAt: '2025-01-01T00:00:00Z',
      }),
    ).toEqual({
      title: 'Taza',
      description: '<p>Hecha a mano.</p>',
      seoTitle: '',
      seoDescription: 'Una taza',
    });
  });
});

describe('translationBody', () => {
  it('trims the title and sends empty SEO fields as null', () => {
    expect(
      translationBody({ title: ' Taza ', description: '', seoTitle: ' ', seoDescription: '' }),
    ).toEqual({
      ok: true,
      body: { title: 'Taza', description: '', seoTitle: null, seoDescription: null },
    });
  });

  it('refuses what the server refuses, naming the field', () => {
    const result = translationBody({
      title: '',
      description: '',
      seoTitle: 'x'.repeat(71),
      seoDescription: '',
    });
    if (result.ok) throw new Error('expected a refusal');
    expect(result.issues.issues.map((issue) => issue.path[0]).sort()).toEqual([
      'seoTitle',
      'title',
    ]);
  });
});
