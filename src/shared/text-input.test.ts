// The one rule for free text from outside: control characters (C0, DEL, C1), unpaired surrogates and
// bidirectional overrides are refused with the field, the character and its place; tab and line breaks only in
// multi-line text; everything else people write (accents, other scripts, emoji) passes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isAppError } from './errors.js';
import { checkText, displayableText, findForbiddenCharacter } from './text-input.js';

test('control characters in text were accepted (a NUL in an email reached HTML raw): refused, named and placed', () => {
  const cases: [string, number, string][] = [
    ['n\u0000ul@x.test', 0x0000, 'a control character'],
    ['bell\u0007', 0x0007, 'a control character'],
    ['esc\u001b[31m', 0x001b, 'a control character'],
    ['del\u007f', 0x007f, 'a control character'],
    ['c1\u0085next', 0x0085, 'a control character'],
    ['c1\u009b', 0x009b, 'a control character'],
    ['lone \ud800 high', 0xd800, 'an unpaired surrogate'],
    ['lone \udc00 low', 0xdc00, 'an unpaired surrogate'],
    ['end high \ud83d', 0xd83d, 'an unpaired surrogate'],
    ['rtl \u202e override', 0x202e, 'a bidirectional control'],
    ['isolate \u2066x\u2069', 0x2066, 'a bidirectional control'],
    ['tab\tin one line', 0x0009, 'a control character'],
    ['new\nline in one line', 0x000a, 'a control character'],
  ];
  for (const [text, codePoint, name] of cases) {
    const found = findForbiddenCharacter(text);
    assert.equal(found?.codePoint, codePoint, JSON.stringify(text));
    assert.equal(found?.name, name, JSON.stringify(text));
    assert.equal(found?.index, text.indexOf(String.fromCharCode(codePoint)), JSON.stringify(text));
  }
  assert.throws(
    () => checkText('email', 'n\u0000ul@x.test'),
    (e: unknown) => {
      assert.ok(isAppError(e));
      assert.equal(e.code, 'TEXT_INVALID');
      assert.equal(e.status, 400);
      assert.equal(e.message, 'email: contains a control character (U+0000) at character 2; remove it and try again');
      return true;
    },
  );
});

test('what people write passes: accents, other scripts, emoji, joiners; tab and line breaks in multi-line text', () => {
  for (const ok of [
    'Zoë Ångström <zoe@example.org>',
    'مرحبا بالعالم',
    '日本語のテキスト',
    'family 👩‍👩‍👧 and flag 🇺🇸',
    'left-to-right mark\u200e is fine',
    'a\u00a0non-breaking space',
    '',
  ])
    assert.equal(findForbiddenCharacter(ok), undefined, ok);
  assert.equal(findForbiddenCharacter('line 1\r\nline 2\tcolumn', { multiline: true }), undefined);
  assert.equal(findForbiddenCharacter('line 1\n\u000bline 2', { multiline: true })?.codePoint, 0x000b);
  assert.equal(checkText('tip', 'fine\ntext', { multiline: true }), 'fine\ntext');
});

test('displayableText shows refused text back with U+FFFD where each refused character was', () => {
  assert.equal(displayableText('n\u0000ul\u202e@x\ud800.test'), 'n\ufffdul\ufffd@x\ufffd.test');
  assert.equal(displayableText('line\nbreak', { multiline: true }), 'line\nbreak');
  assert.equal(displayableText('emoji 👍'), 'emoji 👍');
});
