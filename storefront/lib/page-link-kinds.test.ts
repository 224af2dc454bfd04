import { pageKinds } from '@mpb/contracts';
import { isHeaderPage } from './page-link-kinds';

describe('isHeaderPage', () => {
  it('puts about, contact, FAQ and custom pages in the header, and no policy', () => {
    const inHeader = pageKinds.filter((kind) => isHeaderPage({ kind }));
    expect(inHeader).toEqual(['about', 'contact', 'faq', 'custom']);
  });
});
