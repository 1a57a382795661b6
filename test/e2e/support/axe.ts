import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** What every scan checks: the WCAG 2.0/2.1 A and AA rules and axe's best practices. No rule is disabled. */
export const A11Y_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * The minified axe-core of the version @axe-core/playwright depends on. The builder injects axe into the page
 * (twice per scan in legacy mode) and by default sends the unminified 1.3 MB build; this one is under half that.
 */
const requireFromBuilder = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'));
const AXE_SOURCE = readFileSync(requireFromBuilder.resolve('axe-core/axe.min.js'), 'utf8');

/** Which part of the page a scan covers: all of it by default, or `include` without `exclude` (CSS selectors). */
export interface ScanScope {
  readonly include?: readonly string[];
  readonly exclude?: readonly string[];
}

/**
 * The serious and critical axe violations in `scope`, as "rule: target — summary" lines (none expected).
 *
 * Two settings make a scan several times cheaper without changing which rules run or what they find:
 * - Legacy mode runs axe.run in the page. The default mode runs axe.runPartial in every frame and then
 *   axe.finishRun in a new blank tab it opens for each scan (axe injected again, every result copied over),
 *   which exists for cross-origin iframes. The app has no frames (checked here), so nothing is left out.
 * - resultTypes ['violations']: every rule still checks every node, but only one example node of the passes,
 *   the incomplete and the inapplicable results is kept and copied back, and nothing here reads them.
 */
export async function seriousViolations(page: Page, scope: ScanScope = {}): Promise<string[]> {
  return (await scan(page, scope)).filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').flatMap(describeViolation);
}

/** Every axe violation in `scope`, whatever its impact (minor and moderate included), as "rule: target — summary" lines (none expected). */
export async function axeViolations(page: Page, scope: ScanScope = {}): Promise<string[]> {
  return (await scan(page, scope)).flatMap(describeViolation);
}

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

/** One line per node of a violation. */
function describeViolation(violation: Violation): string[] {
  return violation.nodes.map((node) => `${violation.id} (${violation.impact ?? 'no impact'}): ${node.target.join(' ')} — ${node.failureSummary ?? ''}`);
}

/** Runs axe over `scope` (see seriousViolations for the settings). */
async function scan(page: Page, scope: ScanScope): Promise<Violation[]> {
  expect(page.frames(), 'frames in the page (legacy mode would not scan a cross-origin one)').toHaveLength(1);
  let builder = new AxeBuilder({ page, axeSource: AXE_SOURCE }).options({ runOnly: { type: 'tag', values: A11Y_TAGS }, resultTypes: ['violations'] }).setLegacyMode();
  for (const selector of scope.include ?? []) builder = builder.include(selector);
  for (const selector of scope.exclude ?? []) builder = builder.exclude(selector);
  return (await builder.analyze()).violations;
}
