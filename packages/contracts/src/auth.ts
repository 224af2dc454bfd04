import { z } from 'zod';
import { errorBodySchema } from './errors';
import { emailSchema, passwordSchema } from './common';
import { defineRoute } from './route';

export const userSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    isSuperAdmin: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'User' });

export const credentialsSchema = z
  .object({ email: emailSchema, password: passwordSchema })
  .strict()
  .meta({ id: 'Credentials' });

export const loginBodySchema = z
  .object({
    email: emailSchema,
    // Length limits only: a login must not reveal the current password policy.
    password: z.string().min(1, 'is required').max(256, 'must be at most 256 characters'),
  })
  .strict();

export const tokenResponseSchema = z
  .object({
    token: z.string().describe('Access token (JWT, EdDSA), sent as `Authorization: Bearer`.'),
    expiresIn: z.number().int().describe('Seconds until the access token expires.'),
    refreshToken: z.string().describe('Opaque, single-use token that renews the session.'),
  })
  .meta({ id: 'TokenResponse' });

export const signupResponseSchema = tokenResponseSchema.extend({ user: userSchema });

export const refreshBodySchema = z.object({ refreshToken: z.string().min(1).max(512) }).strict();

export const meResponseSchema = userSchema.extend({
  tenants: z.array(
    z.object({
      id: z.uuid(),
      slug: z.string(),
      name: z.string(),
      role: z.string(),
      status: z.string(),
    }),
  ),
});

const errors = {
  400: { description: 'Invalid input', schema: errorBodySchema },
  413: { description: 'Body too large', schema: errorBodySchema },
};

export const authRoutes = {
  signup: defineRoute({
    operationId: 'signup',
    method: 'post',
    path: '/api/v1/auth/signup',
    summary: 'Create an account and start a session',
    tags: ['auth'],
    auth: 'none',
    body: credentialsSchema,
    responses: {
      201: { description: 'Account created', schema: signupResponseSchema },
      409: { description: 'Email already registered', schema: errorBodySchema },
      ...errors,
    },
  }),
  login: defineRoute({
    operationId: 'login',
    method: 'post',
    path: '/api/v1/auth/login',
    summary: 'Start a session with email and password',
    tags: ['auth'],
    auth: 'none',
    body: loginBodySchema,
    responses: {
      200: { description: 'Session started', schema: tokenResponseSchema },
      401: { description: 'Wrong email or password', schema: errorBodySchema },
      429: { description: 'Too many attempts', schema: errorBodySchema },
      ...errors,
    },
  }),
  refresh: defineRoute({
    operationId: 'refreshSession',
    method: 'post',
    path: '/api/v1/auth/refresh',
    summary: 'Exchange a refresh token for a new access token (the refresh token rotates)',
    tags: ['auth'],
    auth: 'none',
    body: refreshBodySchema,
    responses: {
      200: { description: 'Session renewed', schema: tokenResponseSchema },
      401: { description: 'Refresh token unknown, used or expired', schema: errorBodySchema },
      ...errors,
    },
  }),
  logout: defineRoute({
    operationId: 'logout',
    method: 'post',
    path: '/api/v1/auth/logout',
    summary: 'End the session of a refresh token',
    tags: ['auth'],
    auth: 'none',
    body: refreshBodySchema,
    responses: { 204: { description: 'Session ended' }, ...errors },
  }),
  me: defineRoute({
    operationId: 'getMe',
    method: 'get',
    path: '/api/v1/auth/me',
    summary: 'The signed-in user and the stores they belong to',
    tags: ['auth'],
    auth: 'bearer',
    responses: {
      200: { description: 'The user', schema: meResponseSchema },
      401: { description: 'Not signed in', schema: errorBodySchema },
    },
  }),
};
