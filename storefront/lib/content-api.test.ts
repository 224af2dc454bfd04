import { toSiteDefaults } from './content-api';

describe('the store’s site settings as pages use them', () => {
  const settings = {
    seo: {
      titleSuffix: 'Moda',
      description: 'Roupas.',
      socialImageUrl: 'https://cdn.example.com/a.png',
    },
    analytics: { ga4MeasurementId: 'G-AB12CD34EF', metaPixelId: '123456789012345' },
  };

  it('keeps well-formed values', () => {
    expect(toSiteDefaults(settings)).toEqual({
      titleSuffix: 'Moda',
      description: 'Roupas.',
      socialImageUrl: 'https://cdn.example.com/a.png',
      ga4MeasurementId: 'G-AB12CD34EF',
      metaPixelId: '123456789012345',
    });
  });

  it('drops anything that could become script or a relative image', () => {
    const defaults = toSiteDefaults({
      seo: { ...settings.seo, socialImageUrl: 'javascript:alert(1)' },
      analytics: { ga4MeasurementId: 'G-1");alert(1)//', metaPixelId: '1</script>' },
    });
    expect(defaults).toMatchObject({
      socialImageUrl: null,
      ga4MeasurementId: null,
      metaPixelId: null,
    });
    expect(
      toSiteDefaults({
        ...settings,
        seo: { ...settings.seo, socialImageUrl: '/api/v1/media/a.webp' },
      }).socialImageUrl,
    ).toBeNull();
  });
});
