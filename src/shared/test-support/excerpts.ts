// The excerpts of the official files (src/catalog/fixtures/excerpts): a few records of every file that
// ../shared/data holds, under the same folder and file names (see the folder's README.md), so that a test written
// for the official files also runs, on the same layouts, where they are absent. Spreadsheets are kept as JSON beside
// the name they stand for ("AOC_V2026Q2-MCR.xlsx.json": the sheet name and its rows of cell values, dates as
// {"date": "YYYY-MM-DD"}) and are made into workbooks when read or laid out for an import.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe } from 'node:test';
import ExcelJS from 'exceljs';
import { projectRoot } from '../../config.js';
import { codesetPath, skipUnlessCodesets } from './codesets.js';

/** The excerpt folder as committed (spreadsheets as JSON). */
export const excerptsDir: string = path.resolve(projectRoot, 'src/catalog/fixtures/excerpts');

const SHEET_SUFFIX = '.xlsx.json';

type Cell = string | number | { date: string } | null;

interface SheetFixture {
  sheet: string;
  rows: Cell[][];
}

function cellValue(cell: Cell): ExcelJS.CellValue {
  if (cell !== null && typeof cell === 'object') return new Date(`${cell.date}T00:00:00Z`);
  return cell;
}

async function workbookOf(fixture: string): Promise<Buffer> {
  const { sheet, rows } = JSON.parse(readFileSync(fixture, 'utf8')) as SheetFixture;
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(sheet);
  for (const row of rows) ws.addRow(row.map(cellValue));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The bytes of an excerpt file, by its official relative path (a spreadsheet is made from its JSON). */
export async function excerptBytes(relative: string): Promise<Buffer> {
  const file = path.join(excerptsDir, relative);
  if (relative.endsWith('.xlsx') && !existsSync(file)) return workbookOf(`${file}.json`);
  return readFileSync(file);
}

/** Lays the excerpt folder out in `to` as an import reads it: text files copied, spreadsheets written. */
export async function writeExcerptCodesets(to: string, from: string = excerptsDir): Promise<void> {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    const source = path.join(from, name);
    if (statSync(source).isDirectory()) await writeExcerptCodesets(path.join(to, name), source);
    else if (name.endsWith(SHEET_SUFFIX))
      writeFileSync(path.join(to, name.slice(0, -'.json'.length)), await workbookOf(source));
    else if (name !== 'README.md') copyFileSync(source, path.join(to, name));
  }
}

/** Where a test of official files reads them: the staged files themselves, or their excerpts. */
export interface CodesetFiles {
  /** false for the excerpts: their counts and line numbers are not the official files' */
  official: boolean;
  /** for node:test's skip option: false, or why the files are not there */
  skip(...relatives: string[]): false | string;
  /** for the skip option of a test of the official files' own figures (counts, lines): false, or why the excerpts skip it */
  onlyOfficial: false | string;
  /** the absolute path of a text file */
  path(relative: string): string;
  /** the bytes of any file (the excerpts' spreadsheets are made from their JSON) */
  bytes(relative: string): Promise<Buffer>;
  /** a describe block's name for these files: unchanged for the official ones */
  title(name: string): string;
}

export const CODESET_FILES: readonly CodesetFiles[] = [
  {
    official: true,
    skip: skipUnlessCodesets,
    onlyOfficial: false,
    path: codesetPath,
    bytes: async (relative) => readFileSync(codesetPath(relative)),
    title: (name) => name,
  },
  {
    official: false,
    skip: () => false,
    onlyOfficial: 'figures of the official file, not of its excerpt',
    path: (relative) => path.join(excerptsDir, relative),
    bytes: excerptBytes,
    title: (name) => `${name}, excerpt`,
  },
];

/** The 1-based line of a text file that starts with `prefix` (0 when none does). */
export function lineOf(files: CodesetFiles, relative: string, prefix: string): number {
  const lines = readFileSync(files.path(relative), 'latin1').split(/\r?\n/);
  return lines.findIndex((l) => l.startsWith(prefix)) + 1;
}

/**
 * One describe block per place the files are read from, named after it: the staged official files (skipped when
 * one of `needs` is absent) and their excerpts (always there).
 */
export function describeOnFiles(name: string, needs: readonly string[], body: (files: CodesetFiles) => void): void {
  for (const files of CODESET_FILES) describe(files.title(name), { skip: files.skip(...needs) }, () => body(files));
}
