import { languages } from '@mpb/contracts';
import { contentDictionaries, formatPageDate, getContentMessages } from './content-messages';
import { interpolate } from './i18n';

describe('the pages’ chrome', () => {
  const keys = Object.keys(contentDictionaries.en).sort();

  it.each(languages)('%s has every key, translated and non-empty', (language) => {
    const messages = contentDictionaries[language];
    expect(Object.keys(messages).sort()).toEqual(keys);
    for (const [key, text] of Object.entries(messages)) {
      expect(text.trim()).not.toBe('');
      if (language !== 'en')
        expect({ key, text }).not.toEqual({
          key,
          text: contentDictionaries.en[key as keyof typeof messages],
        });
      // Every placeholder of the English message is kept.
      const placeholders = (message: string) => message.match(/\{\w+\}/g) ?? [];
      expect(placeholders(text)).toEqual(
        placeholders(contentDictionaries.en[key as keyof typeof messages]),
      );
    }
  });

  it('writes the date in the store’s language', () => {
    const date = '2025-03-12T10:00:00.000Z';
    expect(
      interpolate(getContentMessages('pt-BR').lastUpdated, { date: formatPageDate(date, 'pt-BR') }),
    ).toBe('Atualizado em 12 de março de 2025');
    expect(formatPageDate(date, 'en')).toBe('March 12, 2025');
    expect(formatPageDate(date, 'es')).toBe('12 de marzo de 2025');
  });
});
