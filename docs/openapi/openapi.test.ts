import { readFileSync } from 'node:fs';
import path from 'node:path';
import { openApiDocuments } from './generate';

describe('the committed OpenAPI documents', () => {
  it.each(Object.entries(openApiDocuments()))(
    '%s.json matches the contracts (run `npm run openapi`)',
    (name, document) => {
      const committed: unknown = JSON.parse(
        readFileSync(path.join(__dirname, `${name}.json`), 'utf8'),
      );
      expect(committed).toEqual(JSON.parse(JSON.stringify(document)));
    },
  );
});
