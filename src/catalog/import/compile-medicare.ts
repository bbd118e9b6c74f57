// Parses and compiles the Medicare data sources joined onto codes (fee schedule, NCCI, GEMs, MCE, lab NCDs).
import type { ParseIssue } from '../../shared/index.js';
import type { FileKind } from './classify.js';
import type { CompiledRelease, ReleaseBag } from './release-bag.js';

export async function parseMedicareInto(
  _bag: ReleaseBag,
  kind: FileKind,
  path: string,
  _text: string,
  _bytes: Buffer,
): Promise<ParseIssue[]> {
  return [{ file: path, line: 0, message: `${kind}: not read yet` }];
}

export function compileMedicare(_bag: ReleaseBag): CompiledRelease {
  return { layers: {}, counts: {}, verifications: [] };
}
