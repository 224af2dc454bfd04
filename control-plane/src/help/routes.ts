import { Router } from 'express';
import { helpRoutes } from '@mpb/contracts';
import { AppError, bindRoute } from '@mpb/http';
import { helpArticles, helpCentreVersion } from './articles';

/** The help centre: static articles, public, cacheable. */
export function helpRoutesRouter(): Router {
  const router = Router();

  bindRoute(router, helpRoutes.list, [], ({ query, res }) => {
    res.setHeader('cache-control', 'public, max-age=300');
    return Promise.resolve({
      status: 200,
      body: {
        version: helpCentreVersion,
        lang: query.lang,
        items: helpArticles.map((article) => ({
          slug: article.slug,
          category: article.category,
          updatedAt: article.updatedAt,
          title: article.text[query.lang].title,
          summary: article.text[query.lang].summary,
        })),
      },
    });
  });

  bindRoute(router, helpRoutes.get, [], ({ params, query, res }) => {
    const article = helpArticles.find((candidate) => candidate.slug === params.slug);
    if (!article) return Promise.reject(AppError.notFound('Article'));
    res.setHeader('cache-control', 'public, max-age=300');
    return Promise.resolve({
      status: 200,
      body: {
        slug: article.slug,
        category: article.category,
        updatedAt: article.updatedAt,
        lang: query.lang,
        version: helpCentreVersion,
        ...article.text[query.lang],
      },
    });
  });

  return router;
}
