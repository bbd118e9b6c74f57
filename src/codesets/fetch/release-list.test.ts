import assert from 'node:assert/strict';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { codesetPath, skipUnlessCodesets } from '../../shared/test-support/codesets.js';
import { OFFICIAL_RELEASES, selectReleases } from './release-list.js';
import { checkMember } from './verify.js';

const SHA256 = /^[0-9a-f]{64}$/;
const skipWithoutData = skipUnlessCodesets('MANIFEST.md');

describe('OFFICIAL_RELEASES', () => {
  test('every entry is well formed', () => {
    const ids = new Set<string>();
    for (const r of OFFICIAL_RELEASES) {
      assert.ok(!ids.has(r.id), `duplicate id ${r.id}`);
      ids.add(r.id);
      assert.equal(r.target, `${r.source}/${r.release}`, r.id);
      assert.match(r.url, /^https:\/\/(www\.cms\.gov|ftp\.cdc\.gov)\//, r.id);
      assert.match(r.archive.name, /^[^/\\]+\.zip$/, r.id);
      if (r.archive.sha256 !== null) assert.match(r.archive.sha256, SHA256, r.id);
      const names = r.members.map((m) => m.name);
      assert.equal(new Set(names).size, names.length, `duplicate member in ${r.id}`);
      assert.ok(
        r.members.some((m) => !m.optional),
        `${r.id} must require at least one member`,
      );
      for (const m of r.members) {
        for (const s of [m.sha256, ...(m.alsoAccept ?? [])])
          if (s !== null) assert.match(s, SHA256, `${r.id} ${m.name}`);
      }
    }
  });

  test('member checksums are the ones MANIFEST.md gives', { skip: skipWithoutData }, async () => {
    const manifest = await readFile(codesetPath('MANIFEST.md'), 'utf8');
    for (const r of OFFICIAL_RELEASES) {
      for (const m of r.members) {
        if (m.sha256) assert.ok(manifest.includes(m.sha256), `${r.id} ${m.name}: ${m.sha256} is not in MANIFEST.md`);
      }
    }
  });

  test('the staged copies pass the member checks the fetcher applies', { skip: skipWithoutData }, async (t) => {
    let checked = 0;
    for (const r of OFFICIAL_RELEASES) {
      for (const m of r.members) {
        if (!m.sha256) continue;
        // The staged PFS file had CPT descriptors blanked; the list holds the original's checksum.
        if (m.name === 'PPRRVU2026_Jul_nonQPP.csv') {
          t.diagnostic('PPRRVU2026_Jul_nonQPP.csv skipped: the staged copy is deliberately altered');
          continue;
        }
        const path = codesetPath(join(r.target, m.name));
        if (!(await stat(path).catch(() => undefined))) continue;
        const check = await checkMember(path, m);
        assert.ok(check === 'exact' || check === 'eol-normalized', `${r.target}/${m.name}: ${check}`);
        checked++;
      }
    }
    assert.ok(checked >= 6, `only ${checked} staged members were checked`);
  });

  test('selectReleases picks by id, source or target', () => {
    assert.deepEqual(
      selectReleases(OFFICIAL_RELEASES, ['ncci/2026Q2']).map((r) => r.id),
      ['ncci-aoc-2026q2', 'ncci-mue-practitioner-2026q2', 'ncci-mue-outpatient-hospital-2026q2', 'ncci-mue-dme-2026q2'],
    );
    assert.deepEqual(
      selectReleases(OFFICIAL_RELEASES, ['hcpcs', 'pfs-rvu26c']).map((r) => r.id),
      ['hcpcs-2026-01', 'pfs-rvu26c'],
    );
    assert.equal(selectReleases(OFFICIAL_RELEASES).length, OFFICIAL_RELEASES.length);
  });
});
