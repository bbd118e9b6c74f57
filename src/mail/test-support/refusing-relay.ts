// An SMTP relay for tests that refuses every recipient with 550 (no such mailbox), on a free loopback port.
import { SMTPServer } from 'smtp-server';
import { freePort } from '../../shared/test-support/free-port.js';

export interface RefusingRelay {
  port: number;
  close(): Promise<void>;
}

export async function startRefusingRelay(): Promise<RefusingRelay> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    disableReverseLookup: true,
    logger: false,
    closeTimeout: 500,
    onRcptTo(_address, _session, callback) {
      callback(Object.assign(new Error('5.1.1 No such mailbox here'), { responseCode: 550 }));
    },
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
