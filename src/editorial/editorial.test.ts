// Editorial revisions on the embedded SQLite database and on a throwaway PostgreSQL cluster, then the Markdown
// renderer's sanitising and the line diff, which need no database.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Database, openDatabase } from '../db/index.js';
import { type PgCluster, postgresUnavailable, startPostgres } from '../db/test-support/postgres.js';
import { isAppError } from '../shared/index.js';
import { tempDir } from '../shared/test-support/codesets.js';
import {
  currentTexts,
  editedCodes,
  lineDiff,
  MAX_EDITORIAL_LENGTH,
  renderMarkdown,
  revertTo,
  revisionHistory,
  sanitizeEditorialHtml,
  saveRevision,
} from './index.js';

/** A clock that moves one minute on each reading, from 2025-01-01T00:00:00Z. */
function steppingClock(): () => Date {
  let t = Date.parse('2025-01-01T00:00:00Z');
  return () => {
    t += 60_000;
    return new Date(t);
  };
}

const rejectsWith = (code: string) => (e: unknown) => {
  assert.ok(isAppError(e), String(e));
  assert.equal(e.code, code);
  return true;
};

for (const dialect of ['sqlite', 'postgres'] as const) {
  const skip = dialect === 'postgres' ? (postgresUnavailable() ?? false) : false;
  describe(`editorial revisions on ${dialect}`, { skip }, () => {
    const dir = tempDir();
    let pg: PgCluster | undefined;
    let database: Database;
    const now = steppingClock();
    const ANN = 'user-ann';
    const BOB = 'user-bob';

    before(async () => {
      if (dialect === 'postgres') pg = await startPostgres();
      database = await openDatabase({ dataDir: dir.path, databaseUrl: pg?.url });
      await database.db
        .insertInto('users')
        .values(
          [
            [ANN, 'ann@example.org'],
            [BOB, 'bob@example.org'],
          ].map(([id, email]) => ({
            id: id as string,
            email: email as string,
            password_hash: 'x',
            role: 'editor',
            plan: 'free',
            created_at: '2025-01-01T00:00:00.000Z',
          })),
        )
        .execute();
    });
    after(async () => {
      await database?.close();
      pg?.stop();
      dir.remove();
    });

    test('save, save again, history with authors and a diff, revert', async () => {
      const db = database.db;
      const key = { system: 'icd10cm', code: 'E11.9', field: 'description' } as const;
      const first = await saveRevision(
        db,
        { ...key, body: 'Type 2 diabetes\nwith no complications  \n\n', authorId: ANN },
        now,
      );
      assert.equal(first.seq, 1);
      assert.equal(first.body, 'Type 2 diabetes\nwith no complications', 'trailing whitespace trimmed');
      assert.equal(first.revertedFrom, null);
      assert.deepEqual((await currentTexts(db, 'icd10cm', 'E11.9')).description, first);

      const second = await saveRevision(
        db,
        { ...key, body: 'Type 2 diabetes\r\nwithout complications\r\nSee also E11.8', authorId: BOB },
        now,
      );
      assert.equal(second.seq, 2);
      assert.equal(second.body, 'Type 2 diabetes\nwithout complications\nSee also E11.8', 'CRLF stored as LF');
      const current = await currentTexts(db, 'icd10cm', 'E11.9');
      assert.equal(current.description?.id, second.id);
      assert.equal(current.tip, undefined);

      // the same text again (bar trailing whitespace) is no new revision
      const same = await saveRevision(db, { ...key, body: `${second.body}\n  `, authorId: ANN }, now);
      assert.equal(same.id, second.id);

      const history = await revisionHistory(db, 'icd10cm', 'E11.9', 'description');
      assert.deepEqual(
        history.map((h) => [h.seq, h.authorEmail]),
        [
          [2, 'bob@example.org'],
          [1, 'ann@example.org'],
        ],
      );
      assert.ok((history[0]?.createdAt ?? '') > (history[1]?.createdAt ?? ''));
      assert.deepEqual(history[0]?.change, {
        kind: 'edited',
        added: 2,
        removed: 1,
        lines: [
          { op: '-', text: 'with no complications' },
          { op: '+', text: 'without complications' },
          { op: '+', text: 'See also E11.8' },
        ],
        omitted: 0,
        text: '+2 −1 lines',
      });
      assert.equal(history[1]?.change.kind, 'created');
      assert.equal(history[1]?.change.text, 'created (+2 −0 lines)');

      const reverted = await revertTo(db, first.id, BOB, now);
      assert.equal(reverted.seq, 3);
      assert.equal(reverted.revertedFrom, first.id);
      assert.equal(reverted.authorId, BOB);
      const afterRevert = await currentTexts(db, 'icd10cm', 'E11.9');
      assert.equal(afterRevert.description?.body, first.body);
      assert.equal(afterRevert.description?.revertedFrom, first.id);
      const top = (await revisionHistory(db, 'icd10cm', 'E11.9', 'description'))[0];
      assert.equal(top?.revertedFromSeq, 1);
      assert.equal(top?.change.text, 'reverted to #1 (+1 −2 lines)');
      // the limit keeps the newest, still diffed against the one before
      const limited = await revisionHistory(db, 'icd10cm', 'E11.9', 'description', { limit: 1 });
      assert.deepEqual(
        limited.map((h) => [h.seq, h.change.kind]),
        [[3, 'reverted']],
      );
    });

    test('an empty body withdraws the text', async () => {
      const db = database.db;
      const key = { system: 'hcpcs', code: 'J1100', field: 'tip' } as const;
      await saveRevision(db, { ...key, body: 'Bill **per 1 mg**.', authorId: ANN }, now);
      await saveRevision(
        db,
        { system: 'hcpcs', code: 'J1100', field: 'description', body: 'Dexamethasone injection', authorId: ANN },
        now,
      );
      assert.ok((await currentTexts(db, 'hcpcs', 'J1100')).tip);
      const withdrawn = await saveRevision(db, { ...key, body: '  \n', authorId: BOB }, now);
      assert.equal(withdrawn.body, '');
      assert.equal(withdrawn.seq, 2);
      const current = await currentTexts(db, 'hcpcs', 'J1100');
      assert.equal(current.tip, undefined);
      assert.equal(current.description?.body, 'Dexamethasone injection');
      const history = await revisionHistory(db, 'hcpcs', 'J1100', 'tip');
      assert.equal(history[0]?.change.text, 'withdrawn (+0 −1 line)');
      // nothing to withdraw on a code never edited
      await assert.rejects(
        saveRevision(db, { system: 'hcpcs', code: 'J9999', field: 'tip', body: '', authorId: ANN }, now),
        rejectsWith('BAD_INPUT'),
      );
    });

    test('concurrent saves get distinct sequence numbers', async () => {
      const db = database.db;
      const saved = await Promise.all(
        [1, 2, 3, 4, 5].map((i) =>
          saveRevision(
            db,
            { system: 'cpt', code: '99213', field: 'tip', body: `Tip version ${i}`, authorId: i % 2 ? ANN : BOB },
            now,
          ),
        ),
      );
      assert.deepEqual(
        saved.map((r) => r.seq).sort((a, b) => a - b),
        [1, 2, 3, 4, 5],
      );
      assert.equal(new Set(saved.map((r) => r.id)).size, 5);
      const history = await revisionHistory(db, 'cpt', '99213', 'tip');
      assert.deepEqual(
        history.map((h) => h.seq),
        [5, 4, 3, 2, 1],
      );
      const newest = saved.find((r) => r.seq === 5);
      assert.equal((await currentTexts(db, 'cpt', '99213')).tip?.body, newest?.body);
    });

    test('bad input: field, length, unknown revision, bad code', async () => {
      const db = database.db;
      const base = { system: 'icd10cm', code: 'A00.0', authorId: ANN };
      await assert.rejects(saveRevision(db, { ...base, field: 'notes', body: 'x' }, now), rejectsWith('BAD_INPUT'));
      await assert.rejects(
        saveRevision(db, { ...base, field: 'tip', body: 'x'.repeat(MAX_EDITORIAL_LENGTH + 1) }, now),
        rejectsWith('EDITORIAL_TOO_LONG'),
      );
      // the limit itself is allowed, trailing whitespace not counted
      const longest = await saveRevision(
        db,
        { ...base, field: 'tip', body: `${'x'.repeat(MAX_EDITORIAL_LENGTH)}\n\n` },
        now,
      );
      assert.equal(longest.body.length, MAX_EDITORIAL_LENGTH);
      await assert.rejects(revertTo(db, 'no-such-revision', ANN, now), rejectsWith('EDITORIAL_UNKNOWN_REVISION'));
      await assert.rejects(
        saveRevision(db, { ...base, code: 'A00 0; drop', field: 'tip', body: 'x' }, now),
        rejectsWith('BAD_INPUT'),
      );
      await assert.rejects(revisionHistory(db, 'icd10cm', 'A00.0', 'nope'), rejectsWith('BAD_INPUT'));
    });

    test('edited codes: newest first, one entry per text', async () => {
      const db = database.db;
      await saveRevision(db, { system: 'icd10pcs', code: '0016070', field: 'tip', body: 'one', authorId: ANN }, now);
      await saveRevision(db, { system: 'icd10pcs', code: '0016070', field: 'tip', body: 'two', authorId: BOB }, now);
      const list = await editedCodes(db, 3);
      assert.equal(list.length, 3);
      assert.deepEqual(list[0], {
        system: 'icd10pcs',
        code: '0016070',
        field: 'tip',
        seq: 2,
        editedAt: list[0]?.editedAt,
        authorId: BOB,
        authorEmail: 'bob@example.org',
        withdrawn: false,
      });
      const all = await editedCodes(db, 100);
      const keys = all.map((e) => `${e.system}:${e.code}:${e.field}`);
      assert.equal(new Set(keys).size, keys.length);
      assert.deepEqual(
        all.map((e) => e.editedAt),
        all
          .map((e) => e.editedAt)
          .sort()
          .reverse(),
      );
      assert.equal(all.find((e) => e.code === 'J1100' && e.field === 'tip')?.withdrawn, true);
    });
  });
}

describe('renderMarkdown', () => {
  const inert = (html: string) => {
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /<iframe/i);
    assert.doesNotMatch(html, /<img/i);
    assert.doesNotMatch(html, /<[^>]*\son[a-z]+\s*=/i, 'no event attribute in any tag');
    assert.doesNotMatch(html, /<a\b[^>]*href\s*=\s*["']?\s*(javascript|data|vbscript):/i);
  };

  test('script, javascript: links, event attributes and raw HTML render inert', () => {
    for (const md of [
      '<script>alert(1)</script>',
      '[x](javascript:alert(1))',
      '[x](JaVaScRiPt:alert(1))',
      '<img src=x onerror="alert(1)">',
      '<iframe src="https://example.org"></iframe>',
      '![pic](https://example.org/a.png)',
      '<a href="javascript:alert(1)">x</a>',
      '[x](data:text/html;base64,PHNjcmlwdD4=)',
    ])
      inert(renderMarkdown(md));
    // raw HTML is shown as text, not parsed
    assert.equal(renderMarkdown('<script>alert(1)</script>'), '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n');
    assert.doesNotMatch(renderMarkdown('[x](javascript:alert(1))'), /<a/);
  });

  test('the sanitiser alone stops what the Markdown layer would', () => {
    const html = sanitizeEditorialHtml(
      '<p onclick="x()">a<script>alert(1)</script><iframe src="//evil"></iframe><img src=x onerror=alert(1)>' +
        '<a href="javascript:alert(1)">j</a><a href="//evil.example/">p</a><a href="/codes/icd10cm/E11.9" target="_blank">ok</a>' +
        '<span style="color:red">s</span><h1>Top</h1></p>',
    );
    inert(html);
    assert.doesNotMatch(html, /alert|style|span|target|evil/);
    assert.match(html, /<a href="\/codes\/icd10cm\/E11.9" rel="nofollow noopener">ok<\/a>/);
    assert.match(html, /<h3>Top<\/h3>/);
  });

  test('bold, lists, links, code and tables render', () => {
    const html = renderMarkdown(
      [
        'Use **only** when *documented*.',
        '',
        '- first',
        '- second',
        '',
        '1. one',
        '2. two',
        '',
        'See [CMS](https://www.cms.gov/medicare) or https://example.org or mail help@example.org.',
        '',
        '`E11.9`',
        '',
        '| a | b |',
        '|---|---|',
        '| 1 | 2 |',
      ].join('\n'),
    );
    assert.match(html, /<strong>only<\/strong>/);
    assert.match(html, /<em>documented<\/em>/);
    assert.match(html, /<ul>\n<li>first<\/li>\n<li>second<\/li>\n<\/ul>/);
    assert.match(html, /<ol>\n<li>one<\/li>/);
    assert.match(html, /<a href="https:\/\/www.cms.gov\/medicare" rel="nofollow noopener">CMS<\/a>/);
    assert.match(html, /<a href="https:\/\/example.org" rel="nofollow noopener">https:\/\/example.org<\/a>/);
    assert.match(html, /<a href="mailto:help@example.org" rel="nofollow noopener">/);
    assert.match(html, /<code>E11.9<\/code>/);
    assert.match(html, /<table>[\s\S]*<th>a<\/th>[\s\S]*<td>2<\/td>/);
  });
});

describe('lineDiff', () => {
  test('changed lines only, removals before additions', () => {
    assert.deepEqual(lineDiff('a\nb\nc\nd', 'a\nB\nc\nd\ne'), [
      { op: '-', text: 'b' },
      { op: '+', text: 'B' },
      { op: '+', text: 'e' },
    ]);
    assert.deepEqual(lineDiff('', 'x\ny'), [
      { op: '+', text: 'x' },
      { op: '+', text: 'y' },
    ]);
    assert.deepEqual(lineDiff('x', ''), [{ op: '-', text: 'x' }]);
    assert.deepEqual(lineDiff('same\ntext', 'same\ntext'), []);
  });

  test('moves show as one removal and one addition, not a rewrite', () => {
    const d = lineDiff('1\n2\n3\n4\n5', '2\n3\n4\n5\n1');
    assert.deepEqual(d, [
      { op: '-', text: '1' },
      { op: '+', text: '1' },
    ]);
  });

  test('a huge rewrite falls back to remove-all, add-all', () => {
    const a = Array.from({ length: 3000 }, (_, i) => `a${i}`).join('\n');
    const b = Array.from({ length: 3000 }, (_, i) => `b${i}`).join('\n');
    const d = lineDiff(a, b);
    assert.equal(d.filter((x) => x.op === '-').length, 3000);
    assert.equal(d.filter((x) => x.op === '+').length, 3000);
  });
});
