// openapi-typescript 7 through its Node API: the CLI's `--default-non-nullable=false`, plus the
// one thing the CLI cannot do, `format: binary` typed as Blob (the CLI types it `string`, so an
// upload would need a cast and the download would claim to be text).
// Usage: node openapi-typescript.mjs openapi.yaml out/schema.d.ts
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import openapiTS, { astToString } from 'openapi-typescript';

const ts = createRequire(import.meta.url)('typescript');
const [input, output] = process.argv.slice(2);
const BLOB = ts.factory.createTypeReferenceNode(ts.factory.createIdentifier('Blob'));
const NULL = ts.factory.createLiteralTypeNode(ts.factory.createNull());

const ast = await openapiTS(pathToFileURL(resolve(input)), {
  defaultNonNullable: false,
  transform(schemaObject) {
    if (schemaObject.format === 'binary') {
      return schemaObject.nullable ? ts.factory.createUnionTypeNode([BLOB, NULL]) : BLOB;
    }
    return undefined;
  },
});
mkdirSync(dirname(resolve(output)), { recursive: true });
writeFileSync(output, astToString(ast));
console.log(`openapi-typescript: ${input} -> ${output}`);
