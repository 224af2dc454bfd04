import { decodeCursor, encodeCursor } from './cursor';

describe('keyset cursors', () => {
  it('round-trips', () => {
    const cursor = {
      createdAt: '2026-11-29T10:00:00.123Z',
      id: '0190d2f0-0000-7000-8000-000000000000',
    };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it.each([
    '',
    'garbage',
    Buffer.from('["not a date","x"]').toString('base64url'),
    Buffer.from('{"a":1}').toString('base64url'),
  ])('rejects %j', (value) => {
    expect(decodeCursor(value)).toBeUndefined();
  });

  it('takes other ids when told their pattern', () => {
    const cursor = { createdAt: '2026-11-29T10:00:00.123Z', id: '4711' };
    expect(decodeCursor(encodeCursor(cursor))).toBeUndefined();
    expect(decodeCursor(encodeCursor(cursor), /^\d{1,19}$/)).toEqual(cursor);
  });
});
