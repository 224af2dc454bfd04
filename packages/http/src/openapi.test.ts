import { z } from 'zod';
import { defineRoute, errorBodySchema } from '@mpb/contracts';
import { buildOpenApiDocument } from './openapi';

const thing = z
  .object({ id: z.uuid(), name: z.string(), size: z.number().int().default(1) })
  .meta({ id: 'Thing' });

const routes = [
  defineRoute({
    operationId: 'getThing',
    method: 'get',
    path: '/api/v1/things/:id',
    summary: 'One thing',
    tags: ['things'],
    auth: 'bearer',
    permission: 'catalog:read',
    params: z.object({ id: z.uuid() }),
    query: z.object({ expand: z.boolean().optional().describe('Include parts') }),
    responses: {
      200: { description: 'The thing', schema: thing },
      404: { description: 'Missing', schema: errorBodySchema },
    },
  }),
  defineRoute({
    operationId: 'createThing',
    method: 'post',
    path: '/api/v1/things',
    summary: 'Create',
    tags: ['things'],
    auth: 'none',
    body: thing,
    responses: { 201: { description: 'Created', schema: thing } },
  }),
];

describe('the OpenAPI document', () => {
  const document = buildOpenApiDocument({ title: 'T', version: '1', description: 'd', routes }) as {
    paths: Record<string, Record<string, Record<string, unknown>>>;
    components: { schemas: Record<string, Record<string, unknown>> };
  };

  it('turns Express path parameters into OpenAPI ones', () => {
    const get = document.paths['/api/v1/things/{id}']?.get as {
      parameters: { name: string; in: string; required: boolean; description?: string }[];
    };
    expect(get.parameters).toEqual([
      expect.objectContaining({ name: 'id', in: 'path', required: true }),
      expect.objectContaining({
        name: 'expand',
        in: 'query',
        required: false,
        description: 'Include parts',
      }),
    ]);
  });

  it('puts named schemas in components and refers to them', () => {
    const get = document.paths['/api/v1/things/{id}']?.get as {
      responses: Record<string, { content: Record<string, { schema: unknown }> }>;
    };
    expect(get.responses['200']?.content['application/json']?.schema).toEqual({
      $ref: '#/components/schemas/Thing',
    });
    expect(document.components.schemas.Thing).toMatchObject({
      type: 'object',
      required: ['id', 'name', 'size'],
    });
  });

  it('keeps a separate input schema when defaults make a field optional on input', () => {
    expect(document.components.schemas.ThingInput).toMatchObject({ required: ['id', 'name'] });
  });

  it('marks authenticated routes with the bearer scheme', () => {
    expect(document.paths['/api/v1/things/{id}']?.get?.security).toEqual([{ bearerAuth: [] }]);
    expect(document.paths['/api/v1/things']?.post?.security).toEqual([]);
  });

  it('names the permission a route needs and documents its 403', () => {
    const get = document.paths['/api/v1/things/{id}']?.get as {
      'x-permission'?: string;
      description?: string;
      responses: Record<string, { description: string }>;
    };
    expect(get['x-permission']).toBe('catalog:read');
    expect(get.description).toContain('`catalog:read`');
    expect(get.responses['403']?.description).toContain('`catalog:read`');
    const post = document.paths['/api/v1/things']?.post as Record<string, unknown>;
    expect(post['x-permission']).toBeUndefined();
    expect(post.responses).not.toHaveProperty('403');
  });
});
