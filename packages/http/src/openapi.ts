import { z } from 'zod';
import { errorBodySchema, type RouteSpec } from '@mpb/contracts';

type JsonSchema = Record<string, unknown>;

export interface OpenApiOptions {
  title: string;
  version: string;
  description: string;
  servers?: { url: string; description?: string }[];
  routes: RouteSpec[];
}

/**
 * Builds an OpenAPI 3.1 document from contract routes. Schemas with a `.meta({ id })` become
 * shared components; everything else is inlined.
 */
export function buildOpenApiDocument(options: OpenApiOptions): JsonSchema {
  const components: Record<string, JsonSchema> = {};
  const toSchema = (schema: z.ZodType, io: 'input' | 'output') =>
    liftDefinitions(
      z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }),
      components,
      io,
    );

  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of options.routes) {
    const path = route.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    paths[path] ??= {};
    paths[path][route.method] = {
      operationId: route.operationId,
      summary: route.summary,
      tags: route.tags,
      ...(route.permission
        ? {
            description: `Requires the permission \`${route.permission}\` in the store.`,
            'x-permission': route.permission,
          }
        : {}),
      security: securityOf(route),
      parameters: [
        ...parametersOf(route.params, 'path', toSchema),
        ...parametersOf(route.query, 'query', toSchema),
      ],
      ...(route.body
        ? {
            requestBody: {
              required: true,
              content: {
                [route.bodyContentType ?? 'application/json']: {
                  schema: toSchema(route.body, 'input'),
                },
              },
            },
          }
        : {}),
      responses: Object.fromEntries(
        Object.entries(responsesOf(route)).map(([status, response]) => [
          status,
          {
            description: response.description,
            ...(response.schema
              ? { content: { 'application/json': { schema: toSchema(response.schema, 'output') } } }
              : {}),
          },
        ]),
      ),
    };
  }

  return {
    openapi: '3.1.0',
    info: { title: options.title, version: options.version, description: options.description },
    servers: options.servers ?? [],
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
        internalToken: { type: 'http', scheme: 'bearer', description: 'Service-to-service token' },
      },
    },
  };
}

/** A route that needs a permission can answer 403, whether or not its contract says so. */
function responsesOf(route: RouteSpec): RouteSpec['responses'] {
  if (!route.permission || route.responses[403]) return route.responses;
  return {
    ...route.responses,
    403: {
      description: `The member’s role lacks the permission \`${route.permission}\``,
      schema: errorBodySchema,
    },
  };
}

function securityOf(route: RouteSpec): Record<string, string[]>[] {
  if (route.auth === 'bearer') return [{ bearerAuth: [] }];
  if (route.auth === 'internal') return [{ internalToken: [] }];
  return [];
}

function parametersOf(
  schema: z.ZodType | undefined,
  location: 'path' | 'query',
  toSchema: (schema: z.ZodType, io: 'input' | 'output') => JsonSchema,
): unknown[] {
  if (!schema || !(schema instanceof z.ZodObject)) return [];
  return Object.entries(schema.shape as Record<string, z.ZodType>).map(([name, field]) => {
    const fieldSchema = toSchema(field, 'input');
    return {
      name,
      in: location,
      required: location === 'path' || !field.safeParse(undefined).success,
      ...(typeof fieldSchema.description === 'string'
        ? { description: fieldSchema.description }
        : {}),
      schema: fieldSchema,
    };
  });
}

/**
 * Moves `$defs` produced by zod into `components.schemas` and rewrites the references.
 * An input-side schema that differs from its output-side namesake gets an `Input` suffix.
 */
function liftDefinitions(
  schema: JsonSchema,
  components: Record<string, JsonSchema>,
  io: string,
): JsonSchema {
  const defs = (schema.$defs ?? {}) as Record<string, JsonSchema>;
  delete schema.$defs;
  delete schema.$schema;
  const renamed = new Map<string, string>();
  for (const [name, definition] of Object.entries(defs)) {
    let target = name;
    const existing = components[name];
    if (existing && JSON.stringify(existing) !== JSON.stringify(definition)) {
      target = io === 'input' ? `${name}Input` : name;
    }
    renamed.set(name, target);
  }
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [key, inner] of Object.entries(value)) {
        if (key === '$ref' && typeof inner === 'string' && inner.startsWith('#/$defs/')) {
          const name = inner.slice('#/$defs/'.length);
          out[key] = `#/components/schemas/${renamed.get(name) ?? name}`;
        } else {
          out[key] = rewrite(inner);
        }
      }
      return out;
    }
    return value;
  };
  for (const [name, definition] of Object.entries(defs)) {
    const target = renamed.get(name) ?? name;
    components[target] ??= rewrite(definition) as JsonSchema;
  }
  return rewrite(schema) as JsonSchema;
}
