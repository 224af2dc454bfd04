import { z } from 'zod';
import { errorBodySchema } from './errors';
import { emailSchema, languageSchema, passwordSchema } from './common';
import { defineRoute } from './route';

export const userSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    isSuperAdmin: z.boolean(),
    emailVerified: z
      .boolean()
      .describe('Whether the owner of the address confirmed it (a verification or sign-in link).'),
    createdAt: z.string(),
  })
  .meta({ id: 'User' });

/** The language of an email the platform sends on the caller's behalf; English when absent. */
const emailLocaleSchema = languageSchema
  .optional()
  .describe('Language of the email sent (pt-BR, en, es); English when absent.');

export const credentialsSchema = z
  .object({ email: emailSchema, password: passwordSchema, locale: emailLocaleSchema })
  .strict()
  .meta({ id: 'Credentials' });

/**
 * Where the admin goes once a sign-in link is used: a path on the admin's own origin, never
 * another site. `//host` and `/\host` (which browsers read as another host), schemes, and
 * whitespace or control characters (which browsers strip before resolving) are refused.
 */
export const nextPathSchema = z
  .string()
  .max(512, 'must be at most 512 characters')
  .regex(/^\/(?![/\\])[^\s\\\p{Cc}]*$/u, 'must be a path of this site, such as /stores');

/** Sign-in and verification links carry 32 random bytes, base64url. */
export const authLinkTokenSchema = z
  .string({ error: 'is required' })
  .regex(/^[A-Za-z0-9_-]{43}$/, 'is not a link we sent');

export const magicLinkBodySchema = z
  .object({
    email: emailSchema,
    locale: emailLocaleSchema,
    next: nextPathSchema
      .optional()
      .describe('Where the admin continues once signed in; carried in the emailed link.'),
  })
  .strict()
  .meta({ id: 'MagicLinkRequest' });
export type MagicLinkBody = z.infer<typeof magicLinkBodySchema>;

export const authLinkTokenBodySchema = z
  .object({ token: authLinkTokenSchema.describe('The `token` of the emailed link.') })
  .strict()
  .meta({ id: 'LinkToken' });

export const resendVerificationBodySchema = z.object({ locale: emailLocaleSchema }).strict();

export const emailVerificationSchema = z
  .object({ email: z.string(), emailVerified: z.boolean() })
  .meta({ id: 'EmailVerification' });

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

export const magicLinkSessionSchema = tokenResponseSchema
  .extend({
    user: userSchema,
    created: z
      .boolean()
      .describe('True when the link created the account (no account had that email).'),
  })
  .meta({ id: 'MagicLinkSession' });

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
  requestMagicLink: defineRoute({
    operationId: 'requestMagicLink',
    method: 'post',
    path: '/api/v1/auth/magic-link',
    summary:
      'Email a sign-in link (single use, 15 minutes) that also creates the account when there is none. Always 202: the answer never tells whether the email has an account',
    tags: ['auth'],
    auth: 'none',
    body: magicLinkBodySchema,
    responses: {
      202: { description: 'Accepted' },
      429: {
        description: 'Too many links asked for this email or from this client',
        schema: errorBodySchema,
      },
      ...errors,
    },
  }),
  verifyMagicLink: defineRoute({
    operationId: 'verifyMagicLink',
    method: 'post',
    path: '/api/v1/auth/magic-link/verify',
    summary: 'Exchange a sign-in link’s token for a session; creates the account when needed',
    tags: ['auth'],
    auth: 'none',
    body: authLinkTokenBodySchema,
    responses: {
      200: { description: 'Signed in to an existing account', schema: magicLinkSessionSchema },
      201: { description: 'Account created and signed in', schema: magicLinkSessionSchema },
      401: {
        description: 'The link is unknown, expired or already used (`LOGIN_LINK_INVALID`)',
        schema: errorBodySchema,
      },
      403: {
        description: 'A platform operator: they sign in with their password (`FORBIDDEN`)',
        schema: errorBodySchema,
      },
      ...errors,
    },
  }),
  verifyEmail: defineRoute({
    operationId: 'verifyEmail',
    method: 'post',
    path: '/api/v1/auth/verify-email',
    summary: 'Confirm an account’s email with the emailed link’s token (again: same answer)',
    tags: ['auth'],
    auth: 'none',
    body: authLinkTokenBodySchema,
    responses: {
      200: { description: 'The email is verified', schema: emailVerificationSchema },
      400: {
        description:
          'Invalid input, or a link that is unknown or expired (`VERIFICATION_LINK_INVALID`)',
        schema: errorBodySchema,
      },
      413: errors[413],
    },
  }),
  resendVerification: defineRoute({
    operationId: 'resendEmailVerification',
    method: 'post',
    path: '/api/v1/auth/verify-email/resend',
    summary: 'Email the signed-in user a new verification link',
    tags: ['auth'],
    auth: 'bearer',
    body: resendVerificationBodySchema,
    responses: {
      202: { description: 'Accepted' },
      401: { description: 'Not signed in', schema: errorBodySchema },
      409: {
        description: 'The email is already verified (`INVALID_STATE`)',
        schema: errorBodySchema,
      },
      429: { description: 'Too many emails asked for', schema: errorBodySchema },
      ...errors,
    },
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
