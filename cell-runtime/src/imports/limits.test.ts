import { importLimitsFrom } from './limits';

describe('import limits', () => {
  it('default to 10 MiB and 10,000 rows', () => {
    expect(importLimitsFrom({})).toEqual({ maxBytes: 10 * 1024 * 1024, maxRows: 10_000 });
    expect(importLimitsFrom({ IMPORT_MAX_BYTES: 1, IMPORT_MAX_ROWS: 2 })).toEqual({
      maxBytes: 1,
      maxRows: 2,
    });
  });
});
