import { randomUUID } from "node:crypto";
import type { JsonSchema } from "./openapi";

/** The smallest value a JSON schema accepts (best effort): required properties only, first enum member. */
export function minimalValid(schema: JsonSchema | undefined): unknown {
  if (!schema) return undefined;
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  const members = schema.anyOf ?? schema.oneOf;
  if (members) {
    const nonNull = members.find((m) => m.type !== "null") ?? members[0];
    return minimalValid(nonNull);
  }
  if (schema.allOf) return Object.assign({}, ...schema.allOf.map((s) => minimalValid(s) as object));
  const type = [schema.type].flat()[0];
  switch (type) {
    case "object": {
      const out: Record<string, unknown> = {};
      for (const name of schema.required ?? []) out[name] = minimalValid(schema.properties?.[name]);
      return out;
    }
    case "array":
      return [];
    case "integer":
    case "number":
      return schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 1);
    case "boolean":
      return false;
    case "null":
      return null;
    default:
      if (schema.format === "uuid") return randomUUID();
      if (schema.format === "date-time") return new Date(Date.now() + 86_400_000).toISOString();
      if (schema.format === "uri") return "https://hooks.example.com/in";
      if (schema.pattern === "^[0-9a-f]{64}$") return "a".repeat(64);
      return "x".repeat(Math.max(1, schema.minLength ?? 1));
  }
}
