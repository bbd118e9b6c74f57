// /docs: the OpenAPI document rendered as a page — every operation with its parameters and responses.
import { OPENAPI } from '../openapi.js';

interface Param {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: Record<string, unknown>;
}

interface Operation {
  summary?: string;
  parameters?: readonly Param[];
  responses?: Record<string, { description: string }>;
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

export function ApiDocs() {
  const paths = OPENAPI.paths as unknown as Record<string, Record<string, Operation>>;
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
            {op.parameters && op.parameters.length > 0 ? (
              <table>
                <caption>Parameters</caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">In</th>
                    <th scope="col">Required</th>
                    <th scope="col">Type</th>
                    <th scope="col">Description</th>
                  </tr>
                </thead>
                <tbody>
                  {op.parameters.map((p) => (
                    <tr key={p.name}>
                      <td>
                        <code>{p.name}</code>
                      </td>
                      <td>{p.in}</td>
                      <td>{p.required ? 'yes' : 'no'}</td>
                      <td>{schemaText(p.schema)}</td>
                      <td>{p.description ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
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
