import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isAppError } from '../../shared/errors.js';
import { inForceOn, isIsoDate, julianToIso, yyyymmddToIso } from './dates.js';

describe('NCCI dates', () => {
  test('Julian YYYYDDD dates of the AOC table become YYYY-MM-DD', () => {
    assert.equal(julianToIso('2013091'), '2013-04-01');
    assert.equal(julianToIso('2018001'), '2018-01-01');
    assert.equal(julianToIso('2024060'), '2024-02-29', 'leap year');
    assert.equal(julianToIso('2024183'), '2024-07-01');
    assert.equal(julianToIso('2020366'), '2020-12-31');
    assert.equal(julianToIso('2022365'), '2022-12-31');
  });

  test('what is not a Julian date is refused, not guessed', () => {
    for (const text of ['2021366', '2013000', '2013400', '201391', '20130910', '2013-091', '', 'CCCCC']) {
      assert.equal(julianToIso(text), undefined, text);
    }
  });

  test('YYYYMMDD dates of the PTP tables become YYYY-MM-DD; impossible ones are refused', () => {
    assert.equal(yyyymmddToIso('19960101'), '1996-01-01');
    assert.equal(yyyymmddToIso('20240229'), '2024-02-29');
    for (const text of ['20230229', '20151301', '2015010', '*', '', '2015-01-01']) {
      assert.equal(yyyymmddToIso(text), undefined, text);
    }
    assert.equal(isIsoDate('2026-04-01'), true);
    assert.equal(isIsoDate('2026-02-30'), false);
  });

  test('an edit applies from its effective date through its deletion date, both included', () => {
    assert.equal(inForceOn('2020-01-01', '2022-12-31', '2019-12-31'), false);
    assert.equal(inForceOn('2020-01-01', '2022-12-31', '2020-01-01'), true);
    assert.equal(inForceOn('2020-01-01', '2022-12-31', '2022-12-31'), true);
    assert.equal(inForceOn('2020-01-01', '2022-12-31', '2023-01-01'), false);
    assert.equal(inForceOn('2020-01-01', undefined, '2099-01-01'), true);
  });

  test('an edit deleted as of its effective date never applied', () => {
    assert.equal(inForceOn('2019-01-01', '2019-01-01', '2019-01-01'), false);
    assert.equal(inForceOn('2019-01-01', '2018-12-31', '2019-01-01'), false);
  });

  test('a date of service that is not YYYY-MM-DD throws BAD_DATE', () => {
    for (const value of ['20260401', '2026-13-01', 'today']) {
      assert.throws(
        () => inForceOn('2020-01-01', undefined, value),
        (e: unknown) => isAppError(e) && e.code === 'BAD_DATE',
      );
    }
  });
});
