// Preloaded into openapi-diff (engine.py, `node --require`): json-schema-diff 0.18 checks both
// schemas of every body it compares against JSON Schema draft-07 with a new Ajv instance each
// time, compiling the draft-07 meta-schema afresh: over openapi.yaml's bodies that is half the
// engine's CPU time. One instance compiles it once and answers the same verdict (validateSchema
// neither adds nor remembers the schema it checks). json-schema-diff has no option for this,
// hence the patch; it fails loudly when the module it patches changed shape, never silently.
"use strict";
const path = require("path");

const engine = require.resolve("openapi-diff/package.json", { paths: [__dirname] });
const fromEngine = { paths: [path.dirname(engine)] };
const modulePath = require.resolve("json-schema-diff/dist/json-schema-diff/diff-schemas/validate-schemas", fromEngine);
const validateSchemas = require(modulePath);
if (typeof validateSchemas.validateSchemas !== "function") {
  throw new Error(`shared_ajv.js: ${modulePath} no longer exports validateSchemas`);
}
const Ajv = require(require.resolve("ajv", { paths: [path.dirname(modulePath)] })).default;
const draft07 = require(require.resolve("json-schema-spec-types/lib/json-schema-draft-07-schema", {
  paths: [path.dirname(modulePath)],
}));

const ajv = new Ajv({ strict: false, meta: false });
ajv.addMetaSchema(draft07);

function check(schema, which) {
  if (ajv.validateSchema(schema)) {
    return null;
  }
  return new Error(`${which} schema is not a valid json schema: ${ajv.errorsText(ajv.errors || undefined)}`);
}

validateSchemas.validateSchemas = (sourceSchema, destinationSchema) => {
  const failure = check(sourceSchema, "Source") || check(destinationSchema, "Destination");
  return failure ? Promise.reject(failure) : Promise.resolve();
};
