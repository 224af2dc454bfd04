import express from 'express';
import request from 'supertest';
import { z } from 'zod';
import { defineRoute } from '@mpb/contracts';
import { createLogger } from '@mpb/observability';
import { Writable } from 'node:stream';
import { AppError } from './app-error';
import { errorHandler, jsonBody, notFoundHandler, requestContext } from './middleware';
import { bindRoute } from './route';

const lines: string[] = [];
const logger = createLogger({
  service: 'test',
  destination: new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines.push(chunk.toString());
      callback();
    },
  }),
});

const route = defineRoute({
  operationId: 'echo',
  method: 'post',
  path: '/things/:id',
  summary: 'echo',
  tags: [],
  auth: 'none',
  params: z.object({ id: z.uuid() }),
  query: z.object({ verbose: z.enum(['yes', 'no']).optional() }).strict(),
  body: z.object({ name: z.string().min(2), count: z.number().int() }).strict(),
  responses: { 200: { description: 'ok', schema: z.object({ id: z.string(), name: z.string() }) } },
});

function app(handler: () => Promise<{ status: number; body?: unknown }>) {
  const instance = express();
  instance.use(requestContext({ logger }), jsonBody('1kb'));
  const router = express.Router();
  bindRoute(router, route, [], handler);
  instance.use(router, notFoundHandler, errorHandler(logger));
  return instance;
}

const id = '0190d2f0-0000-7000-8000-000000000000';

describe('request validation and errors', () => {
  it('reports every field at fault across path, query and body at once', async () => {
    const response = await request(app(async () => ({ status: 200 })))
      .post('/things/nope?verbose=maybe')
      .send({ name: 'a', extra: true })
      .expect(400);
    expect(response.body.error).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: {
        id: 'Invalid UUID',
        verbose: expect.any(String),
        name: expect.any(String),
        count: 'is required',
        extra: 'is not an accepted field',
      },
    });
  });

  it('shapes the response through the contract, dropping undeclared fields', async () => {
    const response = await request(
      app(async () => ({ status: 200, body: { id, name: 'ok', passwordHash: 'secret' } })),
    )
      .post(`/things/${id}`)
      .send({ name: 'ok', count: 1 })
      .expect(200);
    expect(response.body).toEqual({ id, name: 'ok' });
  });

  it('maps AppError codes to statuses and keeps headers', async () => {
    const response = await request(
      app(async () => {
        throw new AppError('RATE_LIMITED', 'slow down', { headers: { 'retry-after': '7' } });
      }),
    )
      .post(`/things/${id}`)
      .send({ name: 'ok', count: 1 })
      .expect(429);
    expect(response.headers['retry-after']).toBe('7');
    expect(response.body.error.code).toBe('RATE_LIMITED');
  });

  it('hides unexpected errors behind a generic 500 and logs them', async () => {
    const response = await request(
      app(async () => {
        throw new Error('database password is hunter2');
      }),
    )
      .post(`/things/${id}`)
      .send({ name: 'ok', count: 1 })
      .expect(500);
    expect(response.body.error).toMatchObject({
      code: 'INTERNAL',
      message: 'Something went wrong on our side',
    });
    expect(JSON.stringify(response.body)).not.toContain('hunter2');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(lines.some((line) => line.includes('unhandled error'))).toBe(true);
  });

  it('answers 413, 415, broken JSON and unknown routes with the error shape', async () => {
    const instance = app(async () => ({ status: 200 }));
    expect(
      (
        await request(instance)
          .post(`/things/${id}`)
          .send({ name: 'x'.repeat(2000), count: 1 })
      ).status,
    ).toBe(413);
    expect(
      (await request(instance).post(`/things/${id}`).set('content-type', 'text/plain').send('hi'))
        .status,
    ).toBe(415);
    const broken = await request(instance)
      .post(`/things/${id}`)
      .set('content-type', 'application/json')
      .send('{');
    expect(broken.body.error.code).toBe('INVALID_JSON');
    const missing = await request(instance).get('/nowhere').expect(404);
    expect(missing.body.error.code).toBe('NOT_FOUND');
  });

  it('refuses to answer with a status the contract does not declare', async () => {
    const response = await request(app(async () => ({ status: 418, body: {} })))
      .post(`/things/${id}`)
      .send({ name: 'ok', count: 1 })
      .expect(500);
    expect(response.body.error.code).toBe('INTERNAL');
  });
});
