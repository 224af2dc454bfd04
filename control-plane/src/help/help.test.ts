import express from 'express';
import request from 'supertest';
import { languages } from '@mpb/contracts';
import { errorHandler } from '@mpb/http';
import { createCapturingLogger } from '@mpb/testing';
import { helpArticles } from './articles';
import { helpRoutesRouter } from './routes';

const app = express();
app.use(helpRoutesRouter());
app.use(errorHandler(createCapturingLogger('help-test').logger));

describe('help articles', () => {
  it('has six articles with unique slugs, each written in every language', () => {
    const slugs = helpArticles.map((article) => article.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs.length).toBeGreaterThanOrEqual(6);
    for (const article of helpArticles) {
      for (const language of languages) {
        const text = article.text[language];
        expect(text.title.length).toBeGreaterThan(5);
        expect(text.summary.length).toBeGreaterThan(20);
        expect(text.body.length).toBeGreaterThan(400);
      }
      // Translations differ from each other (nothing left untranslated).
      expect(article.text['pt-BR'].body).not.toBe(article.text.en.body);
      expect(article.text.es.body).not.toBe(article.text.en.body);
    }
  });

  it('links only to articles that exist, the same ones in every language', () => {
    const slugs = new Set(helpArticles.map((article) => article.slug));
    for (const article of helpArticles) {
      const linksIn = (language: (typeof languages)[number]) =>
        [...article.text[language].body.matchAll(/help:([a-z0-9-]+)/g)].map((match) => match[1]);
      for (const link of linksIn('en')) expect(slugs).toContain(link);
      expect(linksIn('pt-BR')).toEqual(linksIn('en'));
      expect(linksIn('es')).toEqual(linksIn('en'));
    }
  });

  it('serves the list and an article in the asked language', async () => {
    const list = await request(app).get('/api/v1/help/articles?lang=es').expect(200);
    expect(list.body.lang).toBe('es');
    expect(list.body.items).toContainEqual(
      expect.objectContaining({ slug: 'staff-and-roles', title: 'Equipo y roles' }),
    );
    const article = await request(app)
      .get('/api/v1/help/articles/payments-with-stripe?lang=pt-BR')
      .expect(200);
    expect(article.body).toMatchObject({
      slug: 'payments-with-stripe',
      lang: 'pt-BR',
      title: 'Recebendo pagamentos com o Stripe',
      version: list.body.version,
    });
    expect(article.body.body).toContain('**sua própria conta Stripe**');
    const english = await request(app).get('/api/v1/help/articles/custom-domains').expect(200);
    expect(english.body.lang).toBe('en');
  });

  it('answers 404 for an unknown article and 400 for an unknown language', async () => {
    const missing = await request(app).get('/api/v1/help/articles/nothing-here').expect(404);
    expect(missing.body.error.code).toBe('NOT_FOUND');
    const bad = await request(app).get('/api/v1/help/articles?lang=fr').expect(400);
    expect(bad.body.error.fields).toHaveProperty('lang');
  });
});
