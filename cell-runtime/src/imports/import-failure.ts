/**
 * The file as a whole cannot be imported (unreadable, wrong columns, too many rows). The import
 * is marked failed with this message and the catalog is left exactly as it was.
 */
export class ImportFailure extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message.length > 500 ? `${message.slice(0, 497)}...` : message, options);
    this.name = 'ImportFailure';
  }
}
