import { AppError } from '@mpb/http';
import { ImageRejectedError } from './process-image';
import { RefusedUrlError } from './vet-remote-url';

/** An uploaded file we refuse: 415 for a type we do not take, 413 over the cap, else 400. */
export function uploadRejection(error: unknown): unknown {
  if (!(error instanceof ImageRejectedError)) return error;
  const fields = { file: error.message };
  if (error.reason === 'unsupported') {
    return new AppError('UNSUPPORTED_MEDIA_TYPE', 'The file is not a supported image', { fields });
  }
  if (error.reason === 'too-large') {
    return new AppError('PAYLOAD_TOO_LARGE', 'The file is too large', { fields });
  }
  return AppError.validation(fields);
}

const importMessages: Record<ImageRejectedError['reason'], string> = {
  unsupported: 'does not point to a JPEG, PNG, WebP, GIF or AVIF image',
  unreadable: 'points to an image that cannot be read (corrupt or truncated)',
  'too-large': 'points to a file that is too large',
  'too-many-pixels': 'points to an image with too many pixels',
};

/** An import we refuse: always 400 naming `url`, since the URL is what the client sent. */
export function importRejection(error: unknown): unknown {
  if (error instanceof RefusedUrlError) return AppError.validation({ url: error.message });
  if (error instanceof ImageRejectedError) {
    return AppError.validation({ url: importMessages[error.reason] });
  }
  return error;
}
