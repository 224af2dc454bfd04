import { AppError } from '@mpb/http';

/** Why an XLSX is refused before it is parsed; becomes a 400 naming the reason. */
export class ZipRefused extends Error {
  constructor(reason: string) {
    super(`The workbook ${reason}; it was refused before being read`);
    this.name = 'ZipRefused';
  }

  toAppError(): AppError {
    return AppError.validation({ file: this.message }, this.message);
  }
}
