// Prints, as JSON, the property types of every `export type Probe_X = ...` in a probe file, as
// the TypeScript checker resolves them: {"Probe_Media": {"processing_status": "MediaProcessingStatus", ...}}.
// Used by polyglot/run.py to find response properties typed any/unknown/{}/object.
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const require = createRequire(import.meta.url);
const ts = require('typescript');

const file = resolve(process.argv[2]);
const program = ts.createProgram([file], {
  strict: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.CommonJS,
  moduleResolution: ts.ModuleResolutionKind.Node10,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  types: [],
  noEmit: true,
});
const checker = program.getTypeChecker();
const source = program.getSourceFile(file);
const diagnostics = ts.getPreEmitDiagnostics(program, source);
if (diagnostics.length) {
  for (const d of diagnostics) console.error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  process.exit(1);
}
const flags = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope;
const result = {};
for (const statement of source.statements) {
  if (!ts.isTypeAliasDeclaration(statement) || !statement.name.text.startsWith('Probe_')) continue;
  const type = checker.getTypeAtLocation(statement.name);
  const props = {};
  for (const symbol of checker.getPropertiesOfType(type)) {
    const propType = checker.getTypeOfSymbolAtLocation(symbol, statement);
    const nonNull = checker.getNonNullableType(propType);
    props[symbol.getName()] = checker.typeToString(nonNull, statement, flags);
  }
  result[statement.name.text] = props;
}
console.log(JSON.stringify(result));
