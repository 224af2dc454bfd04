/** The text search configuration of a store language (see migration 0008). */
export function searchConfig(language: string): 'mpb_portuguese' | 'mpb_english' | 'mpb_spanish' {
  if (language.startsWith('pt')) return 'mpb_portuguese';
  if (language.startsWith('es')) return 'mpb_spanish';
  return 'mpb_english';
}

/**
 * Turns what a shopper typed into a prefix query: "camis azu" matches "camiseta azul". Only
 * letters and digits survive, so nothing typed can change the tsquery's structure.
 */
export function prefixQuery(text: string): string | undefined {
  const terms =
    text
      .normalize('NFC')
      .match(/[\p{L}\p{N}]+/gu)
      ?.slice(0, 8) ?? [];
  return terms.length > 0 ? terms.map((term) => `${term}:*`).join(' & ') : undefined;
}
