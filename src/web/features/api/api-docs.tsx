// /docs: the OpenAPI document rendered as a page — every operation with its description, parameters or body fields
// (each with its description and an example: the operation's example, else the field's own), an example request,
// the fields of its answer and its responses.
import { type FieldDoc, fieldDocs } from '../../../operations/index.js';
import { OPENAPI } from './openapi.js';

interface Param {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: Record<string, unknown>;
  example?: unknown;
}

interface Schema {
  type?: string;
  properties?: Record<string, unknown>;
  items?: Schema;
}

interface Operation {
  summary?: string;
  description?: string;
  parameters?: readonly Param[];
  requestBody?: { content: Record<string, { example?: unknown; schema?: Record<string, unknown> }> };
  responses?: Record<string, { description: string; content?: Record<string, { schema?: Schema }> }>;
}

/** The request the examples make: path parameters in place, the others in the query string, or the JSON body. */
function exampleRequest(method: string, path: string, op: Operation): string | undefined {
  const params = op.parameters ?? [];
  if (method !== 'get') {
    const body = op.requestBody?.content['application/json']?.example;
    return body === undefined
      ? undefined
      : `${method.toUpperCase()} /api/v1${path}\n\n${JSON.stringify(body, null, 2)}`;
  }
  if (!params.some((p) => p.example !== undefined)) return undefined;
  const url = path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = params.find((p) => p.name === name)?.example;
    return v === undefined ? '' : encodeURIComponent(String(v));
  });
  const query = new URLSearchParams();
  for (const p of params) if (p.in === 'query' && p.example !== undefined) query.set(p.name, String(p.example));
  const qs = query.toString();
  return `GET /api/v1${url.replace(/\/$/, '')}${qs ? `?${qs}` : ''}`;
}

/** The fields of a successful answer (of each item, for a list). */
function answerFields(op: Operation): string[] {
  const schema = op.responses?.['200']?.content?.['application/json']?.schema;
  const shape = schema?.type === 'array' ? schema.items : schema;
  return Object.keys(shape?.properties ?? {});
}

/** A parameter's example: the one the operation's example request uses, else the field's own. */
function exampleOf(p: Param): unknown {
  const own = p.schema?.examples;
  return p.example ?? (Array.isArray(own) ? own[0] : undefined);
}

function exampleText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The body's fields (POST), each with its description and example, walked as the operation defines them. */
function bodyFields(op: Operation): FieldDoc[] {
  const body = op.requestBody?.content['application/json'];
  return body?.schema ? fieldDocs(body.schema, body.example) : [];
}

function FieldTable({ caption, rows }: { caption: string; rows: Param[] }) {
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">In</th>
          <th scope="col">Required</th>
          <th scope="col">Type</th>
          <th scope="col">Description</th>
          <th scope="col">Example</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((p) => {
          const example = exampleOf(p);
          return (
            <tr key={`${p.in} ${p.name}`}>
              <td>
                <code>{p.name}</code>
              </td>
              <td>{p.in}</td>
              <td>{p.required ? 'yes' : 'no'}</td>
              <td>{schemaText(p.schema)}</td>
              <td>{p.description ?? ''}</td>
              <td>{example === undefined ? '' : <code>{exampleText(example)}</code>}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function schemaText(schema: Record<string, unknown> | undefined): string {
  if (!schema) return '';
  if (Array.isArray(schema.enum)) return `one of ${schema.enum.join(', ')}`;
  const parts = [String(schema.type ?? '')];
  if (schema.format) parts.push(`(${String(schema.format)})`);
  if (schema.maxLength !== undefined) parts.push(`≤ ${String(schema.maxLength)} characters`);
  if (schema.minimum !== undefined && schema.maximum !== undefined)
    parts.push(`${String(schema.minimum)}–${String(schema.maximum)}`);
  return parts.join(' ');
}

/** `document`: the served one (operations and the features' routes); default the operations' alone */
export function ApiDocs({ document = OPENAPI }: { document?: { paths: object } }) {
  const paths = document.paths as unknown as Record<string, Record<string, Operation>>;
  return (
    <>
      <h1>CodeDesk API</h1>
      <p>
        Base URL <code>/api/v1</code>. The OpenAPI 3.1 document: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>
        . Errors are <code>{'{"error": {"code", "message"}}'}</code> with the matching HTTP status; requests are rate
        limited per client (429 with Retry-After).
      </p>
      {Object.entries(paths).flatMap(([path, ops]) =>
        Object.entries(ops).map(([method, op]) => (
          <section key={`${method} ${path}`} class="operation">
            <h2>
              <code>
                {method.toUpperCase()} /api/v1{path}
              </code>
            </h2>
            <p>{op.summary}</p>
            {op.description ? <p>{op.description}</p> : null}
            {op.parameters && op.parameters.length > 0 ? (
              <FieldTable caption="Parameters" rows={[...op.parameters]} />
            ) : null}
            {bodyFields(op).length > 0 ? (
              <FieldTable
                caption="Body fields (JSON)"
                rows={bodyFields(op).map((f) => ({
                  name: f.path,
                  in: 'body',
                  required: f.required,
                  ...(f.description ? { description: f.description } : {}),
                  schema: f.schema,
                  example: f.example,
                }))}
              />
            ) : null}
            {exampleRequest(method, path, op) ? (
              <>
                <h3>Example</h3>
                <pre>
                  <code>{exampleRequest(method, path, op)}</code>
                </pre>
              </>
            ) : null}
            {answerFields(op).length > 0 ? (
              <p>
                Answer: <code>{answerFields(op).join(', ')}</code> (the schema is in the OpenAPI document)
              </p>
            ) : null}
            <ul>
              {Object.entries(op.responses ?? {}).map(([status, r]) => (
                <li key={status}>
                  {status}: {r.description}
                </li>
              ))}
            </ul>
          </section>
        )),
      )}
    </>
  );
}
