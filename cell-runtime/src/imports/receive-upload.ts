import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import Busboy from 'busboy';
import type { Request } from 'express';
import { AppError } from '@mpb/http';

/** The uploaded file, spooled to a private temporary directory; `discard` removes it. */
export interface ReceivedFile {
  path: string;
  filename: string;
  bytes: number;
  discard(): Promise<void>;
}

/** Room for the multipart boundaries and part headers around the file itself. */
const multipartOverheadBytes = 64 * 1024;

const tooLarge = (maxBytes: number) =>
  // The rest of the body is discarded unread, so the connection cannot be reused.
  new AppError('PAYLOAD_TOO_LARGE', `The file is larger than the ${maxBytes} bytes allowed`, {
    headers: { connection: 'close' },
  });

/**
 * Streams the multipart field `file` to disk, refusing it with 413 as soon as it passes
 * `maxBytes`. The file goes to disk rather than memory because an XLSX must be read at random
 * (its directory is at the end) and every format is read twice: sniffed, then parsed.
 */
export async function receiveUpload(req: Request, maxBytes: number): Promise<ReceivedFile> {
  if (!req.is('multipart/form-data')) {
    throw new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      'Send the file as multipart/form-data in the field `file`',
    );
  }
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes + multipartOverheadBytes) {
    req.resume();
    throw tooLarge(maxBytes);
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'mpb-import-'));
  const discard = () => rm(dir, { recursive: true, force: true });
  try {
    const received = await spool(req, path.join(dir, 'upload'), maxBytes);
    return { ...received, discard };
  } catch (error) {
    await discard();
    throw error;
  }
}

function spool(
  req: Request,
  target: string,
  maxBytes: number,
): Promise<{ path: string; filename: string; bytes: number }> {
  return new Promise((resolve, reject) => {
    let busboy: Busboy.Busboy;
    try {
      busboy = Busboy({
        headers: req.headers,
        // busboy signals the limit on reaching it: one byte more lets a file of exactly
        // maxBytes through.
        limits: { files: 1, fileSize: maxBytes + 1, fields: 10, parts: 20, headerPairs: 50 },
      });
    } catch {
      reject(AppError.validation({ file: 'is required' }, 'The multipart body is malformed'));
      return;
    }
    let written: Promise<{ filename: string; bytes: number }> | undefined;
    let settled = false;
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      req.unpipe(busboy);
      busboy.destroy();
      // Keep reading (and dropping) the body so the client gets our answer instead of a reset.
      req.resume();
      reject(error);
    };

    busboy.on('file', (field: string, stream: Readable, info: Busboy.FileInfo) => {
      if (field !== 'file' || written) {
        stream.resume();
        return;
      }
      // Refuse at the first byte over the limit rather than after reading the whole body; on
      // the next turn, as busboy is still inside its write when it emits the event.
      stream.on('limit', () =>
        setImmediate(() => {
          fail(tooLarge(maxBytes));
          stream.destroy();
        }),
      );
      written = writeFile(stream, target, info.filename);
      written.catch(fail);
    });
    busboy.on('error', () =>
      fail(AppError.validation({ file: 'is required' }, 'The multipart body is malformed')),
    );
    busboy.on('close', () => {
      if (!written) {
        fail(AppError.validation({ file: 'is required' }, 'Send the catalog in the field `file`'));
        return;
      }
      written.then((file) => {
        if (settled) return;
        settled = true;
        resolve({ path: target, ...file });
      }, fail);
    });
    // A client that goes away mid-upload must not leave this promise pending for ever.
    const aborted = () => fail(new AppError('VALIDATION_FAILED', 'The upload was aborted'));
    req.on('aborted', aborted);
    req.on('error', aborted);
    req.pipe(busboy);
  });
}

async function writeFile(
  stream: Readable,
  target: string,
  rawName: string | undefined,
): Promise<{ filename: string; bytes: number }> {
  let bytes = 0;
  stream.on('data', (chunk: Buffer) => {
    bytes += chunk.length;
  });
  await pipeline(stream, createWriteStream(target, { mode: 0o600 }));
  if (bytes === 0) throw AppError.validation({ file: 'is empty' });
  return { filename: cleanFilename(rawName), bytes };
}

/** The name as the merchant knows it, without any path and control characters. */
function cleanFilename(raw: string | undefined): string {
  const base = (raw ?? '').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return clean.slice(0, 200) || 'upload';
}
