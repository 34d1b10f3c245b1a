// Fails when src/api/schema.d.ts is not what openapi-typescript makes of the OpenAPI document now
// (run `npm run api-types` after changing infra/src/main/resources/openapi.yaml).
import { readFileSync } from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';

const document = new URL('../../infra/src/main/resources/openapi.yaml', import.meta.url);
const generated = astToString(await openapiTS(document));
const committed = readFileSync(new URL('../src/api/schema.d.ts', import.meta.url), 'utf8');
const strip = (s) => s.replace(/^\/\*\*[\s\S]*?\*\/\s*/, '').trim();
if (strip(generated) !== strip(committed)) {
  console.error('src/api/schema.d.ts is stale: run `npm run api-types` in web/ and commit the result');
  process.exit(1);
}
console.log('src/api/schema.d.ts matches the OpenAPI document');
