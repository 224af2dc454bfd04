import type { Language } from '@mpb/contracts';

export interface ArticleText {
  title: string;
  summary: string;
  /** Markdown. Links to other articles are written `help:<slug>`. */
  body: string;
}

/** One help-centre article in every product language. */
export interface HelpArticle {
  slug: string;
  category: 'getting-started' | 'payments' | 'shipping' | 'domains' | 'catalog' | 'staff';
  updatedAt: string;
  text: Record<Language, ArticleText>;
}
