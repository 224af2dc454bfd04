import type { Request } from 'express';
import busboy from 'busboy';
import { AppError } from '@mpb/http';
import { describeBytes } from './process-image';

export interface ImageUpload {
  bytes: Buffer;
  /** The text fields sent with the file, to validate against the contract. */
  fields: Record<string, string>;
}

// Room for multipart boundaries, part headers and the alt text on top of the file itself.
const MULTIPART_OVERHEAD = 64 * 1024;

function tooLarge(maxBytes: number, headers?: Record<string, string>): AppError {
  return new AppError('PAYLOAD_TOO_LARGE', `The file is larger than ${describeBytes(maxBytes)}`, {
    fields: { file: `must be at most ${describeBytes(maxBytes)}` },
    headers,
  });
}

/**
 * Reads a multipart/form-data body holding one image in the field `file`, streaming, and stops
 * keeping bytes as soon as the file passes `maxBytes` (413). A declared Content-Length that is
 * already too large is refused before reading anything. Text fields are returned for the caller
 * to validate; unknown file fields, a second file and too many parts are 400.
 */
export function readImageUpload(req: Request, maxBytes: number): Promise<ImageUpload> {
  if (!req.is('multipart/form-data')) {
    return Promise.reject(
      new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the image as multipart/form-data', {
        fields: { file: 'is required, as a multipart/form-data file field' },
      }),
    );
  }
  if (Number(req.headers['content-length'] ?? 0) > maxBytes + MULTIPART_OVERHEAD) {
    // Closing the connection spares us reading a body we already know we refuse.
    return Promise.reject(tooLarge(maxBytes, { connection: 'close' }));
  }
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        limits: { files: 1, fileSize: maxBytes, fields: 4, fieldSize: 4096, parts: 6 },
      });
    } catch {
      reject(AppError.validation({ file: 'is required' }, 'The multipart body is malformed'));
      return;
    }
    const fields: Record<string, string> = {};
    const problems: Record<string, string> = {};
    let file: Buffer | undefined;
    let settled = false;
    // After a failure the parser keeps consuming (and discarding) the body, so the client can
    // read our answer instead of seeing its upload cut off.
    const fail = (error: AppError) => {
      if (settled) return;
      settled = true;
      reject(error);
    };

    parser.on('file', (name, stream) => {
      if (name !== 'file' || file !== undefined) {
        problems[name] ??= name === 'file' ? 'must be a single file' : 'is not an accepted field';
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => {
        chunks.length = 0;
        fail(tooLarge(maxBytes));
      });
      stream.on('end', () => {
        file = Buffer.concat(chunks);
      });
    });
    parser.on('field', (name, value, info) => {
      if (name !== 'alt') problems[name] ??= 'is not an accepted field';
      else if (info.valueTruncated) problems.alt = 'is too long';
      else fields.alt = value;
    });
    parser.on('filesLimit', () => (problems.file = 'must be a single file'));
    parser.on('fieldsLimit', () => (problems['(body)'] = 'has too many fields'));
    parser.on('partsLimit', () => (problems['(body)'] = 'has too many parts'));
    parser.on('error', () =>
      fail(AppError.validation({ file: 'is required' }, 'The multipart body is malformed')),
    );
    parser.on('close', () => {
      if (Object.keys(problems).length > 0) fail(AppError.validation(problems));
      else if (file === undefined) fail(AppError.validation({ file: 'is required' }));
      else if (file.length === 0) fail(AppError.validation({ file: 'is empty' }));
      else if (!settled) {
        settled = true;
        resolve({ bytes: file, fields });
      }
    });
    req.on('error', () => fail(new AppError('VALIDATION_FAILED', 'The request was aborted')));
    req.pipe(parser);
  });
}
