// The HCPCS Level II record section of a code page: every field of CMS's record for the code or modifier, each
// value with its meaning from the record layout, processing notes with their text, and what is not loaded said
// plainly. The data comes whole from the lookup (catalog/lookup-hcpcs.ts); this only lays it out.
import type { HcpcsFullRecord, HcpcsRecordValue } from '../../../catalog/index.js';
import { datedCodePath } from '../../views/dated-links.js';

function Value({ field, v, date }: { field: string; v: HcpcsRecordValue; date: string | undefined }) {
  const codeHref = (system: string, code: string) => datedCodePath(system, code, date);
  // a cross-reference names another HCPCS code: link it
  const shown =
    field === 'crossReference' ? (
      <a href={codeHref('hcpcs', v.value)}>
        <span class="code">{v.value}</span>
      </a>
    ) : (
      <span class="code">{v.value}</span>
    );
  return (
    <li>
      {shown}
      {v.meaning ? <> — {v.meaning}</> : null}
      {v.group ? <span class="system"> ({v.group})</span> : null}
    </li>
  );
}

export function HcpcsRecordSection({ record, date }: { record: HcpcsFullRecord; date?: string }) {
  const layoutFiles = new Set(
    record.fields.flatMap((f) => f.values.map((v) => v.from)).filter((f): f is string => !!f),
  );
  return (
    <>
      <table class="hcpcs-record">
        <caption>
          CMS HCPCS {record.kind === 'modifier' ? 'modifier' : 'code'} record, {record.release}
        </caption>
        <tbody>
          <tr>
            <th scope="row">Long descriptor</th>
            <td>{record.longDescription}</td>
          </tr>
          <tr>
            <th scope="row">Short descriptor</th>
            <td>{record.shortDescription}</td>
          </tr>
          {record.fields.map((f) => (
            <tr key={f.field} id={`hcpcs-${f.field}`}>
              <th scope="row" title={f.layoutTitle}>
                {f.label}
              </th>
              <td>
                <ul class="values">
                  {f.values.map((v) => (
                    <Value key={v.value} field={f.field} v={v} date={date} />
                  ))}
                </ul>
                {f.field === 'ascGroup' && f.description ? <p class="label">{f.description}</p> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {record.missing.map((m) => (
        <p class="notice" key={m}>
          {m}
        </p>
      ))}
      {record.kind === 'modifier' ? (
        <p>
          <a href="/browse/hcpcs/modifiers">All HCPCS modifiers</a>
        </p>
      ) : null}
      <p class="release">
        Record: {record.sources.record.file}, line {record.sources.record.line}.
        {layoutFiles.size > 0 ? ` Meanings: ${[...layoutFiles].join(', ')}.` : ''}
      </p>
    </>
  );
}
