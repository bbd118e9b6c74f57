// A progress bar for long commands on a terminal; plain phase lines when stderr is not a terminal (CI, logs).
import cliProgress from 'cli-progress';
import type { ImportProgress } from '../catalog/import/index.js';

export function importProgressReporter(enabled: boolean): { update: (p: ImportProgress) => void; stop: () => void } {
  if (!enabled) return { update: () => {}, stop: () => {} };
  if (!process.stderr.isTTY) {
    let lastPhase = '';
    return {
      update: (p) => {
        if (p.phase !== lastPhase) {
          lastPhase = p.phase;
          process.stderr.write(`import: ${p.phase}…\n`);
        }
      },
      stop: () => {},
    };
  }
  const bar = new cliProgress.SingleBar(
    { format: 'import {phase} [{bar}] {value}/{total} {file}', stream: process.stderr, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  let phase = '';
  return {
    update: (p) => {
      if (!started) {
        bar.start(p.total, p.done, { phase: p.phase, file: '' });
        started = true;
      }
      if (p.phase !== phase) {
        phase = p.phase;
        bar.setTotal(p.total);
      }
      bar.update(p.done, { phase: p.phase, file: (p.file ?? '').slice(-50) });
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}
