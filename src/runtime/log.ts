// The process's own log, for what runs beside the web server (the task worker, the housekeeping, start and
// shutdown): JSON lines on stdout in the shape of the web server's (pino's level numbers, time, pid, msg), so
// one log reader handles both. An `err` field is written as its type, message, code and stack.
import { isAppError } from '../shared/index.js';

export interface ProcessLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

function serialise(obj: object): object {
  const err = (obj as { err?: unknown }).err;
  if (!(err instanceof Error)) return obj;
  const code = isAppError(err) ? err.code : (err as { code?: unknown }).code;
  return { ...obj, err: { type: err.name, message: err.message, ...(code ? { code } : {}), stack: err.stack } };
}

export function createProcessLog(write: (line: string) => void = (line) => process.stdout.write(line)): ProcessLog {
  const at = (level: number) => (obj: object, msg: string) =>
    write(`${JSON.stringify({ level, time: Date.now(), pid: process.pid, ...serialise(obj), msg })}\n`);
  return { info: at(30), warn: at(40), error: at(50) };
}
