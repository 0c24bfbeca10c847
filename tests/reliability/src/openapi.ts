import type { FastifyInstance } from "fastify";

/** A JSON schema as the OpenAPI document carries it (refs resolved). */
export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
  additionalProperties?: boolean | JsonSchema;
}

export interface Parameter {
  name: string;
  in: "path" | "query" | "header";
  required: boolean;
  schema: JsonSchema;
}

/** One documented operation: what its path, query and body accept. */
export interface Operation {
  method: string;
  /** Fastify's form, /v1/tenants/:tenantId. */
  url: string;
  params: Parameter[];
  query: Parameter[];
  body: { required: boolean; schema: JsonSchema } | null;
  scope: string | null;
  ops: boolean;
}

/** Every operation of the API's own OpenAPI document (the zod schemas that validate requests). */
export async function documentedOperations(app: FastifyInstance): Promise<Operation[]> {
  const doc = (await app.inject({ method: "GET", url: "/docs/json" })).json() as {
    paths: Record<string, Record<string, Record<string, unknown>>>;
    components: { schemas: Record<string, JsonSchema> };
  };
  const resolve = (schema: JsonSchema, depth = 0): JsonSchema => {
    if (depth > 20) return schema;
    if (schema.$ref) {
      const name = schema.$ref.replace("#/components/schemas/", "");
      return resolve(doc.components.schemas[name] as JsonSchema, depth + 1);
    }
    const out: JsonSchema = { ...schema };
    if (out.properties) {
      out.properties = Object.fromEntries(
        Object.entries(out.properties).map(([k, v]) => [k, resolve(v, depth + 1)]),
      );
    }
    for (const key of ["anyOf", "oneOf", "allOf"] as const) {
      if (out[key]) out[key] = out[key].map((s) => resolve(s, depth + 1));
    }
    if (out.items) out.items = resolve(out.items, depth + 1);
    return out;
  };
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const parameters = ((op.parameters as Parameter[] | undefined) ?? []).map((p) => ({
        ...p,
        required: Boolean(p.required),
        schema: resolve(p.schema),
      }));
      const requestBody = op.requestBody as
        | { required?: boolean; content?: Record<string, { schema: JsonSchema }> }
        | undefined;
      const bodySchema = requestBody?.content?.["application/json"]?.schema;
      operations.push({
        method: method.toUpperCase(),
        url: path.replace(/\{(\w+)\}/g, ":$1"),
        params: parameters.filter((p) => p.in === "path"),
        query: parameters.filter((p) => p.in === "query"),
        body: bodySchema ? { required: Boolean(requestBody?.required), schema: resolve(bodySchema) } : null,
        scope: (op["x-required-scope"] as string | undefined) ?? null,
        ops: path.startsWith("/ops/"),
      });
    }
  }
  return operations;
}

/** The JSON types a schema accepts (null when it cannot tell). */
export function acceptedTypes(schema: JsonSchema): Set<string> | null {
  if (schema.enum || schema.const !== undefined) return null;
  const members = schema.anyOf ?? schema.oneOf;
  if (members) {
    const all = new Set<string>();
    for (const m of members) {
      const t = acceptedTypes(m);
      if (!t) return null;
      for (const x of t) all.add(x);
    }
    return all;
  }
  if (!schema.type) return null;
  const types = new Set([schema.type].flat());
  if (types.has("integer")) types.add("number");
  return types;
}

export function jsonTypeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

/** Whether a string value (a path or query parameter) satisfies the parameter's schema. */
export function stringSatisfies(value: string, schema: JsonSchema): boolean {
  if (schema.enum) return schema.enum.includes(value);
  const types = [schema.type ?? "string"].flat();
  if (types.includes("integer") || types.includes("number")) {
    const n = Number(value);
    if (!Number.isFinite(n)) return false;
    if (types.includes("integer") && !Number.isInteger(n)) return false;
    if (schema.minimum !== undefined && n < schema.minimum) return false;
    if (schema.maximum !== undefined && n > schema.maximum) return false;
    return true;
  }
  if (schema.minLength !== undefined && value.length < schema.minLength) return false;
  if (schema.maxLength !== undefined && value.length > schema.maxLength) return false;
  if (schema.pattern && !new RegExp(schema.pattern, "u").test(value)) return false;
  return true;
}

/** Whether a parameter constrains its value at all (anything else can only be too long). */
export const constrains = (schema: JsonSchema) =>
  Boolean(
    schema.enum ||
      schema.pattern ||
      schema.maxLength !== undefined ||
      schema.minLength ||
      [schema.type].flat().some((t) => t === "integer" || t === "number"),
  );
