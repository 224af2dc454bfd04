/**
 * `npm run openapi`: writes the OpenAPI documents generated from the zod contracts to
 * docs/openapi/, where reviewers see API changes in diffs. A unit test fails when the committed
 * files differ from what the code generates.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { openApiDocuments } from '../docs/openapi/generate';

const outDir = path.join(__dirname, '..', 'docs', 'openapi');
mkdirSync(outDir, { recursive: true });
for (const [name, document] of Object.entries(openApiDocuments())) {
  const file = path.join(outDir, `${name}.json`);
  writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
