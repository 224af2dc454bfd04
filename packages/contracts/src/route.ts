import type { z } from 'zod';
import type { Permission } from './permissions';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Who may call a route; the OpenAPI document turns this into a security requirement. */
export type RouteAuth = 'none' | 'bearer' | 'internal';

export interface ResponseSpec {
  description: string;
  schema?: z.ZodType;
}

/**
 * One HTTP route of the public or internal API. The same object drives request validation,
 * response shaping and the generated OpenAPI document, so they cannot drift apart.
 */
export interface RouteSpec<
  TParams extends z.ZodType = z.ZodType,
  TQuery extends z.ZodType = z.ZodType,
  TBody extends z.ZodType = z.ZodType,
> {
  operationId: string;
  method: HttpMethod;
  /** Express-style path, for example `/api/v1/tenants/:id`. */
  path: string;
  summary: string;
  tags: string[];
  auth: RouteAuth;
  /**
   * What a member needs to call a store admin route (`/api/v1/admin/...`). Every such route
   * declares one: the cell refuses at start-up to mount one that does not.
   */
  permission?: Permission;
  params?: TParams;
  query?: TQuery;
  body?: TBody;
  /** How the body is sent; JSON unless a route says otherwise (an image upload is multipart). */
  bodyContentType?: 'application/json' | 'multipart/form-data';
  responses: Record<number, ResponseSpec>;
}

export function defineRoute<
  TParams extends z.ZodType = z.ZodType,
  TQuery extends z.ZodType = z.ZodType,
  TBody extends z.ZodType = z.ZodType,
>(spec: RouteSpec<TParams, TQuery, TBody>): RouteSpec<TParams, TQuery, TBody> {
  return spec;
}
