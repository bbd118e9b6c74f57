// formRoute on a bare Fastify app: the domain's answer when it succeeds, the form again (with the input as read and
// the refusal's status) when it refuses with an AppError below 500, and the error handler for everything else.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import formbody from '@fastify/formbody';
import Fastify, { type FastifyInstance } from 'fastify';
import { AppError, isAppError } from '../shared/index.js';
import { type FormRoute, formField, formRoute } from './form-route.js';

type Input = { name: string | undefined };

async function appWith(run: () => Promise<void>, more: Partial<FormRoute<Input>> = {}): Promise<FastifyInstance> {
  const app = Fastify();
  await app.register(formbody);
  app.setErrorHandler((error, _req, reply) =>
    reply.code(isAppError(error) ? error.status : 500).send({ handler: isAppError(error) ? error.code : 'crash' }),
  );
  app.post(
    '/form',
    formRoute<Input>({
      read: (req) => {
        const name = formField(req.body, 'name');
        if (name === 'unreadable') throw new AppError('BAD_INPUT', { why: 'read refuses' });
        return { name };
      },
      async run({ name }, _req, reply) {
        await run();
        return reply.send({ saved: name });
      },
      refused: ({ name }, refusal, _req, reply) =>
        reply.code(refusal.status).send({ form: { name }, error: refusal.code }),
      ...more,
    }),
  );
  return app;
}

const post = (app: FastifyInstance, name: string) =>
  app.inject({
    method: 'POST',
    url: '/form',
    payload: `name=${encodeURIComponent(name)}`,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });

test('formRoute: the answer of run, or the form again with what was typed and the refusal status', async () => {
  const ok = await appWith(async () => {});
  assert.deepEqual((await post(ok, 'Ada')).json(), { saved: 'Ada' });

  const refusing = await appWith(async () => {
    throw new AppError('ACCOUNT_INVALID', { field: 'name', why: 'taken' });
  });
  const refused = await post(refusing, 'Ada');
  assert.equal(refused.statusCode, 400);
  assert.deepEqual(refused.json(), { form: { name: 'Ada' }, error: 'ACCOUNT_INVALID' });
});

test('formRoute: failures of ours and errors while reading go to the error handler, not the form', async () => {
  const busy = await appWith(async () => {
    throw new AppError('DATABASE_BUSY', { attempts: 3 });
  });
  const r = await post(busy, 'Ada');
  assert.equal(r.statusCode, 503);
  assert.deepEqual(r.json(), { handler: 'DATABASE_BUSY' });

  const crash = await appWith(async () => {
    throw new TypeError('a bug');
  });
  assert.deepEqual((await post(crash, 'Ada')).json(), { handler: 'crash' });

  const ok = await appWith(async () => {});
  const unreadable = await post(ok, 'unreadable');
  assert.equal(unreadable.statusCode, 400);
  assert.deepEqual(unreadable.json(), { handler: 'BAD_INPUT' });
});

test('formRoute: refusalOf decides what the form shows (a failure turned into a message, a refusal passed on)', async () => {
  const failing = await appWith(
    async () => {
      throw new TypeError('the disk is full');
    },
    { refusalOf: (_e, { name }) => new AppError('ACCOUNT_INVALID', { field: 'name', why: `${name} not saved` }) },
  );
  assert.deepEqual((await post(failing, 'Ada')).json(), { form: { name: 'Ada' }, error: 'ACCOUNT_INVALID' });

  const passing = await appWith(
    async () => {
      throw new AppError('ACCOUNT_INVALID', { field: 'name', why: 'taken' });
    },
    { refusalOf: () => undefined },
  );
  assert.deepEqual((await post(passing, 'Ada')).json(), { handler: 'ACCOUNT_INVALID' });
});

test('formField: one text, or undefined for a missing or repeated field', () => {
  assert.equal(formField({ a: 'x' }, 'a'), 'x');
  assert.equal(formField({ a: ['x', 'y'] }, 'a'), undefined);
  assert.equal(formField(undefined, 'a'), undefined);
});
