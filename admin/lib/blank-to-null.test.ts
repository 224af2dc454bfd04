import { blankToNull } from './blank-to-null';

describe('blankToNull', () => {
  it('sends null for an empty or blank field, and the text as typed otherwise', () => {
    expect(blankToNull('')).toBeNull();
    expect(blankToNull('  \t')).toBeNull();
    expect(blankToNull(' Loja Ana ')).toBe(' Loja Ana ');
  });
});
