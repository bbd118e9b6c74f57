// The clinical laboratory NCDs that list a CPT or HCPCS code, and "new in / changed in": the dates the loaded
// Medicare files give for the code (codeFileDates), each with its file. Only what a file states; the sources that
// give no dates per code are named as such.
import type { CodeMedicare } from '../../../catalog/index.js';

export function LabNcdList({ m, code }: { m: CodeMedicare; code: string }) {
  if (m.labNcdsNotLoaded) return <p>{m.labNcdsNotLoaded}.</p>;
  const list = m.labNcds ?? [];
  if (list.length === 0) return <p>No clinical laboratory NCD in the spreadsheet in force lists {code}.</p>;
  return (
    <>
      <ul>
        {list.map((n) => (
          <li key={`${n.ncd}:${n.line}`}>
            NCD {n.ncd} {n.title}
            {n.effective ? `, listing ${code} from ${n.effective}` : ''}
            {n.termination ? ` to ${n.termination}` : ''}
            {n.changed ? ' (marked as changed in this release)' : ''}
          </li>
        ))}
      </ul>
      <p class="release">
        {list[0]?.release}
        {list[0]?.file ? ` (${list[0].file})` : ''}. Claim Check tells, for a claim's diagnoses, whether the NCD covers
        them.
      </p>
    </>
  );
}

export function FileDates({ m }: { m: CodeMedicare }) {
  const d = m.fileDates;
  if (!d || d.read.length === 0)
    return <p>No add-on code edit table or lab NCD spreadsheet is loaded: no file gives dates for this code.</p>;
  return (
    <>
      {d.dates.length === 0 && d.marks.length === 0 ? (
        <p>
          The loaded files with dates ({d.read.map((r) => `${r.source} ${r.release}`).join('; ')}) give none for this
          code.
        </p>
      ) : (
        <ul class="file-dates">
          {d.dates.map((e) => (
            <li key={`${e.date}:${e.line}:${e.event}`}>
              <time dateTime={e.date}>{e.date}</time>: {e.event}{' '}
              <span class="release">
                ({e.source} {e.release}, {e.file} row {e.line})
              </span>
            </li>
          ))}
          {d.marks.map((e) => (
            <li key={`${e.line}:${e.event}`}>
              {e.event}{' '}
              <span class="release">
                ({e.source} {e.release}, row {e.line})
              </span>
            </li>
          ))}
        </ul>
      )}
      {d.omitted > 0 ? <p>And {d.omitted} older dates.</p> : null}
      <p class="label">
        Dates as the files print them. The fee schedule RVU file and the MUE tables give no dates for a code; the code
        history compares the loaded releases.
      </p>
    </>
  );
}
