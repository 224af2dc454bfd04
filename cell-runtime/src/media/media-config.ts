import { z } from 'zod';

const positiveInt = (fallback: number) =>
  z.coerce.number().int().min(1, 'must be a positive whole number').default(fallback);

/** The MEDIA_* variables of the cell API; spread into its config schema (../config.ts). */
export const mediaConfigFields = {
  /** Where image renditions are stored: files under MEDIA_LOCAL_DIR, or an S3 bucket. */
  MEDIA_STORAGE: z.enum(['local', 's3']).default('local'),
  MEDIA_LOCAL_DIR: z.string().min(1).default('.mpb/media'),
  MEDIA_S3_BUCKET: z.string().min(1).optional(),
  MEDIA_S3_REGION: z.string().min(1).optional(),
  /** An S3-compatible endpoint (MinIO, R2, LocalStack); addressed path-style. */
  MEDIA_S3_ENDPOINT: z.url().optional(),
  /**
   * A CDN that serves the objects by key (`<base>/<key>`). Unset, image URLs are the store's
   * own `/api/v1/media/<key>`.
   */
  MEDIA_PUBLIC_BASE_URL: z
    .url()
    .optional()
    .transform((url) => url?.replace(/\/+$/, '')),
  /** Largest image accepted, uploaded or imported (10 MiB). */
  MEDIA_MAX_BYTES: positiveInt(10 * 1024 * 1024),
  /** Largest width × height accepted, against images that decompress to gigabytes. */
  MEDIA_MAX_PIXELS: positiveInt(50_000_000),
  MEDIA_IMPORT_CONNECT_TIMEOUT_MS: positiveInt(5_000),
  /** For a whole import by URL: resolving, connecting, redirects and the body. */
  MEDIA_IMPORT_TIMEOUT_MS: positiveInt(20_000),
};

export const mediaConfigSchema = z.object(mediaConfigFields);
export type MediaConfig = z.infer<typeof mediaConfigSchema>;

/** S3 needs a bucket and a region; checked at start-up rather than on the first upload. */
export function checkMediaConfig(
  config: Pick<MediaConfig, 'MEDIA_STORAGE' | 'MEDIA_S3_BUCKET' | 'MEDIA_S3_REGION'>,
  ctx: z.RefinementCtx,
): void {
  if (config.MEDIA_STORAGE !== 's3') return;
  for (const variable of ['MEDIA_S3_BUCKET', 'MEDIA_S3_REGION'] as const) {
    if (!config[variable]) {
      ctx.addIssue({
        code: 'custom',
        path: [variable],
        message: 'is required when MEDIA_STORAGE=s3',
      });
    }
  }
}
