import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";

const ajv = new Ajv2020({ allErrors: true, strict: true });

/** A compiled validator for one of the published schemas in schema/. */
export function schemaValidator(name: "check" | "report" | "quote-row" | "verify") {
  const path = fileURLToPath(new URL(`../../schema/${name}.schema.json`, import.meta.url));
  const schema = JSON.parse(readFileSync(path, "utf8"));
  const validate = ajv.getSchema(schema.$id) ?? ajv.compile(schema);
  return (data: unknown): string[] =>
    validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? ""} ${JSON.stringify(e.params)}`);
}
