// Every field of an operation's input, for its documents: the path ("lines[].units"), its description and an
// example — the value the operation's example gives it, else the field's own (JSON Schema `examples`). Fields of
// objects and of lists of objects are walked too: a POST's body is documented field by field like a GET's query.

export interface FieldDoc {
  /** "q", "patient.age", "lines[].modifiers" */
  path: string;
  description: string | undefined;
  /** undefined when neither the operation's example nor the field gives one */
  example: unknown;
  required: boolean;
  schema: Record<string, unknown>;
}

/** An object schema as TypeBox or a JSON document gives it; its fields are read as plain JSON Schema. */
interface ObjectSchema {
  properties?: Readonly<Record<string, object>>;
  required?: readonly string[];
}

function ownExample(schema: Record<string, unknown>): unknown {
  const examples = schema.examples;
  return Array.isArray(examples) ? examples[0] : undefined;
}

function walk(schema: ObjectSchema, example: unknown, prefix: string, out: FieldDoc[]): void {
  const given = example !== null && typeof example === 'object' ? (example as Record<string, unknown>) : {};
  for (const [name, object] of Object.entries(schema.properties ?? {})) {
    const field = object as Record<string, unknown>;
    const path = `${prefix}${name}`;
    const value = given[name] ?? ownExample(field);
    out.push({
      path,
      description: typeof field.description === 'string' ? field.description : undefined,
      example: value,
      required: schema.required?.includes(name) ?? false,
      schema: field,
    });
    if (field.type === 'object') walk(field as ObjectSchema, value, `${path}.`, out);
    const items = field.items as Record<string, unknown> | undefined;
    if (field.type === 'array' && items?.type === 'object')
      walk(items as ObjectSchema, Array.isArray(value) ? value[0] : undefined, `${path}[].`, out);
  }
}

/** The fields of an input schema (an object schema) with the example input given for it. */
export function fieldDocs(input: ObjectSchema, example: unknown): FieldDoc[] {
  const out: FieldDoc[] = [];
  walk(input, example, '', out);
  return out;
}
