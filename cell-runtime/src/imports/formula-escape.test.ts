import { neutraliseFormula } from './formula-escape';

describe('formula injection in exports', () => {
  it.each(['=HYPERLINK("http://evil")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])(
    'prefixes %j with an apostrophe',
    (value) => {
      expect(neutraliseFormula(value)).toBe(`'${value}`);
    },
  );

  it.each(['Camiseta', '19.90', '', "'quoted", 'a=b'])('leaves %j as it is', (value) => {
    expect(neutraliseFormula(value)).toBe(value);
  });
});
