import type { SwaggerTransformObject } from '@fastify/swagger';
import { jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { namedSchemaIds } from './apiSchemas';

type Document = { components: { schemas: Record<string, unknown> } } & Record<string, unknown>;

const refTo = (name: string) => `"#/components/schemas/${name}"`;

/** Whether anything but the schema itself refers to `name`. */
function isUsed(document: Document, name: string): boolean {
  const { [name]: _itself, ...others } = document.components.schemas;
  const rest = { ...document, components: { ...document.components, schemas: others } };
  return JSON.stringify(rest).includes(refTo(name));
}

function renamed(document: Document, from: string, to: string): Document {
  const schemas = document.components.schemas;
  schemas[to] = schemas[from];
  delete schemas[from];
  return JSON.parse(JSON.stringify(document).split(refTo(from)).join(refTo(to))) as Document;
}

/**
 * The library names every registered schema twice, `<Name>` as replied and `<Name>Input` as
 * received. Drop the variants nothing uses, then give a lone or identical variant the plain
 * name, so the document and shared/api keep one type per named schema; only a schema that
 * really reads differently in and out keeps both names.
 */
function oneNamePerSchema(document: Document): Document {
  const variants = namedSchemaIds().flatMap((id) => [id, `${id}Input`]);
  for (let pruned = true; pruned;) {
    pruned = false;
    for (const name of variants) {
      if (name in document.components.schemas && !isUsed(document, name)) {
        delete document.components.schemas[name];
        pruned = true;
      }
    }
  }
  let result = document;
  for (const id of namedSchemaIds()) {
    const schemas = result.components.schemas;
    const input = `${id}Input`;
    if (!(input in schemas)) continue;
    if (!(id in schemas) || JSON.stringify(schemas[id]) === JSON.stringify(schemas[input])) {
      result = renamed(result, input, id);
    }
  }
  return result;
}

const FORMATS_WITH_OWN_PATTERN = new Set(['date-time', 'date', 'email', 'uuid']);

/**
 * zod spells its integer and ISO checks out as the safe-integer bounds and the format's regex;
 * `type: integer` and `format` already say so, and the generated types are the same without them.
 * A named schema made optional comes as `allOf: [{ $ref }]` alone, which says no more than the
 * `$ref`.
 */
function withoutSpelledOutFormats(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSpelledOutFormats);
  if (typeof value !== 'object' || value === null) return value;
  const { allOf, ...rest } = value as Record<string, unknown>;
  if (Array.isArray(allOf) && allOf.length === 1 && Object.keys(rest).length === 0)
    return withoutSpelledOutFormats(allOf[0]);
  const schema = { ...(value as Record<string, unknown>) };
  if (Math.abs(Number(schema.maximum)) === Number.MAX_SAFE_INTEGER) delete schema.maximum;
  if (Math.abs(Number(schema.minimum)) === Number.MAX_SAFE_INTEGER) delete schema.minimum;
  if (FORMATS_WITH_OWN_PATTERN.has(String(schema.format))) delete schema.pattern;
  return Object.fromEntries(
    Object.entries(schema).map(([key, child]) => [key, withoutSpelledOutFormats(child)]),
  );
}

export const openapiTransformObject: SwaggerTransformObject = (document) =>
  oneNamePerSchema(
    withoutSpelledOutFormats(jsonSchemaTransformObject(document)) as Document,
  ) as unknown as ReturnType<SwaggerTransformObject>;
