// axe-core in a page of a browser test: the serious and critical violations, as "rule (impact, nodes)" lines.
// The page must be opened with bypassCSP: axe is injected as an inline script, which the app's
// Content-Security-Policy rightly refuses.
import type { Page } from 'playwright-core';
import { axeSource } from './browser-app.js';

export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const r = await (
      window as unknown as {
        axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> };
      }
    ).axe.run();
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}, ${v.nodes})`);
}
