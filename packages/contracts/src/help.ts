import { z } from 'zod';
import { languageSchema } from './common';
import { errorBodySchema } from './errors';
import { defineRoute } from './route';

export const helpArticleQuerySchema = z.object({ lang: languageSchema.default('en') }).strict();

export const helpArticleSummarySchema = z
  .object({
    slug: z.string(),
    category: z.string(),
    title: z.string(),
    summary: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'HelpArticleSummary' });

export const helpArticleSchema = helpArticleSummarySchema
  .extend({
    lang: languageSchema,
    body: z.string().describe('Markdown'),
    version: z.string().describe('Version of the whole help centre'),
  })
  .meta({ id: 'HelpArticle' });

export const helpRoutes = {
  list: defineRoute({
    operationId: 'listHelpArticles',
    method: 'get',
    path: '/api/v1/help/articles',
    summary: 'The help centre’s articles in one language',
    tags: ['help'],
    auth: 'none',
    query: helpArticleQuerySchema,
    responses: {
      200: {
        description: 'Articles',
        schema: z.object({
          version: z.string(),
          lang: languageSchema,
          items: z.array(helpArticleSummarySchema),
        }),
      },
      400: { description: 'Unknown language', schema: errorBodySchema },
    },
  }),
  get: defineRoute({
    operationId: 'getHelpArticle',
    method: 'get',
    path: '/api/v1/help/articles/:slug',
    summary: 'One article, in Markdown',
    tags: ['help'],
    auth: 'none',
    params: z.object({ slug: z.string().max(80) }),
    query: helpArticleQuerySchema,
    responses: {
      200: { description: 'The article', schema: helpArticleSchema },
      400: { description: 'Unknown language', schema: errorBodySchema },
      404: { description: 'No such article', schema: errorBodySchema },
    },
  }),
};
