// Regression: the light theme's tokens were once defined as themselves (`--border: var(--border)`), which makes them
// invalid, so borders and several colours vanished across the site while every page still rendered. Every custom
// property the stylesheet uses must be defined, and none by itself.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const css = readFileSync(new URL('./site.css', import.meta.url), 'utf8');

test('site.css: no token is defined as itself, and every var() it uses is defined', () => {
  const defined = new Map<string, string[]>();
  for (const m of css.matchAll(/(--[a-z0-9-]+)\s*:\s*([^;]+);/g)) {
    defined.set(m[1] as string, [...(defined.get(m[1] as string) ?? []), (m[2] as string).trim()]);
  }
  const selfDefined = [...defined].filter(([name, values]) => values.some((v) => v === `var(${name})`));
  assert.deepEqual(
    selfDefined.map(([name]) => name),
    [],
  );
  const used = new Set([...css.matchAll(/var\((--[a-z0-9-]+)/g)].map((m) => m[1] as string));
  assert.deepEqual(
    [...used].filter((name) => !defined.has(name)),
    [],
  );
  assert.ok(defined.size > 20, 'the tokens were read');
});
