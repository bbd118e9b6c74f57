// A stand-in for a third-party OpenAI-compatible chat endpoint, run as a real HTTP server on loopback, for the tests
// of every model step: it records what it was sent and answers what the test sets next — a text, an HTTP status,
// or a delay longer than the client waits.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ModelProvider } from '../model-call.js';

export interface StandInReply {
  text?: string;
  status?: number;
  delayMs?: number;
}

export interface ModelStandIn {
  provider: ModelProvider;
  /** what it answers next (every request until changed); a function answers per request */
  reply: StandInReply | ((request: StandInRequest) => StandInReply);
  /** the requests it received, in order */
  received: StandInRequest[];
  close(): Promise<void>;
}

export interface StandInRequest {
  model: string;
  messages: { role: string; content: string }[];
  authorization: string | undefined;
}

export async function startModelStandIn(options: { timeoutMs?: number } = {}): Promise<ModelStandIn> {
  const standIn: Omit<ModelStandIn, 'provider' | 'close'> = { reply: {}, received: [] };
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      const request: StandInRequest = { ...JSON.parse(body), authorization: req.headers.authorization };
      standIn.received.push(request);
      const reply = typeof standIn.reply === 'function' ? standIn.reply(request) : standIn.reply;
      const send = () => {
        if (reply.status) {
          res.writeHead(reply.status).end('{}');
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ choices: [{ message: { role: 'assistant', content: reply.text ?? '' } }] }));
      };
      if (reply.delayMs) setTimeout(send, reply.delayMs);
      else send();
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as AddressInfo).port;
  return Object.assign(standIn, {
    provider: {
      url: `http://127.0.0.1:${port}/v1`,
      model: 'stand-in',
      key: 'secret-key',
      timeoutMs: options.timeoutMs ?? 300,
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  });
}
