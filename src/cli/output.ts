// How every command reports: JSON on stdout for --json (errors as {"error":{code,message}} with exit 2 for
// bad input), readable text otherwise. The exit status comes from the error catalogue.
import { isAppError } from '../shared/index.js';

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

export function fail(e: unknown, json: boolean): never {
  if (isAppError(e)) {
    if (json) printJson(e.toJSON());
    else process.stderr.write(`codedesk: ${e.message}\n`);
    process.exit(e.exitCode);
  }
  const message = e instanceof Error ? e.message : String(e);
  if (json) printJson({ error: { code: 'INTERNAL', message } });
  else process.stderr.write(`codedesk: unexpected error: ${e instanceof Error ? (e.stack ?? message) : message}\n`);
  process.exit(1);
}
