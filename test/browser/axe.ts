import { source as AXE_SOURCE, type AxeResults, type Result } from 'axe-core';
import type { Page } from 'playwright-core';

/** The WCAG 2.1 levels A and AA, the ones the screens promise (docs/accessibility.md). */
export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** What fails the check: axe ranks each rule minor, moderate, serious or critical. */
const BLOCKING = new Set(['serious', 'critical']);

/** One violation of a rule: which element, and what is wrong with it. */
export interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[]; failureSummary: string }[];
}

/**
 * The screen's WCAG 2.1 AA violations ranked serious or critical: axe-core's, run inside the page
 * once it has settled, and the contrast of placeholders, which axe does not measure. axe's source
 * is evaluated in the page itself (@axe-core/playwright does the same but needs a newer Node than
 * these machines run).
 */
export async function accessibilityViolations(page: Page): Promise<Violation[]> {
  await settle(page);
  if (!(await page.evaluate<boolean>("typeof window.axe === 'object'"))) await page.evaluate(AXE_SOURCE);
  const options = { runOnly: { type: 'tag', values: WCAG_21_AA }, resultTypes: ['violations'] };
  const results = await page.evaluate<AxeResults>(`axe.run(document, ${JSON.stringify(options)})`);
  const axe = results.violations
    .filter((v: Result) => BLOCKING.has(v.impact ?? ''))
    .map((v) => ({
      id: v.id,
      impact: v.impact ?? '',
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String), failureSummary: n.failureSummary ?? '' })),
    }));
  const placeholders = await page.evaluate<Violation['nodes']>(PLACEHOLDER_CONTRAST);
  const pointerOnly = await page.evaluate<Violation['nodes']>(POINTER_ONLY);
  return [
    ...axe,
    ...(placeholders.length
      ? [{ id: 'placeholder-contrast', impact: 'serious', help: 'Placeholder text must have a contrast ratio of at least 4.5:1', nodes: placeholders }]
      : []),
    ...(pointerOnly.length
      ? [{ id: 'pointer-only', impact: 'serious', help: 'What the pointer can click, the keyboard must reach (WCAG 2.1.1)', nodes: pointerOnly }]
      : []),
  ];
}

/**
 * Until the screen's data has come, nothing spins and nothing fades in: axe judges what a person
 * reads, and a dialog or tag still fading in would measure as low contrast. The waits are
 * expressions, not waitForFunction, whose eval the API's Content-Security-Policy forbids.
 */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.locator('.ant-spin-spinning, .ant-btn-loading, .ant-skeleton').first().waitFor({ state: 'detached' });
  // An animation ending may start another (a panel opening, then its content fading in).
  const moving = `document.getAnimations().filter((a) => a.playState === 'running' && a.effect?.getComputedTiming().endTime !== Infinity)`;
  while (await page.evaluate<boolean>(`${moving}.length > 0`)) {
    await page.evaluate(`Promise.allSettled(${moving}.map((a) => a.finished))`);
  }
}

/**
 * Every visible empty field's placeholder against the first opaque background behind the field,
 * by WCAG's relative luminance; a translucent colour is blended onto that background first. A
 * string, because the server's TypeScript settings know no DOM.
 */
const PLACEHOLDER_CONTRAST = `(() => {
  const rgba = (css) => { const [r, g, b, a = 1] = css.match(/[\\d.]+/g).map(Number); return { r, g, b, a }; };
  const over = (fg, bg) => ({ r: fg.r * fg.a + bg.r * (1 - fg.a), g: fg.g * fg.a + bg.g * (1 - fg.a), b: fg.b * fg.a + bg.b * (1 - fg.a), a: 1 });
  const channel = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
  const luminance = (c) => 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
  const background = (el) => {
    for (let node = el; node instanceof Element; node = node.parentElement) {
      const colour = rgba(getComputedStyle(node).backgroundColor);
      if (colour.a === 1) return colour;
    }
    return { r: 255, g: 255, b: 255, a: 1 };
  };
  return [...document.querySelectorAll('input[placeholder], textarea[placeholder]')]
    .filter((el) => !el.value && !el.disabled && el.checkVisibility())
    .flatMap((el) => {
      const bg = background(el);
      const fg = over(rgba(getComputedStyle(el, '::placeholder').color), bg);
      const [light, dark] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
      const ratio = (light + 0.05) / (dark + 0.05);
      if (ratio >= 4.5) return [];
      const name = el.id ? '#' + el.id : el.tagName.toLowerCase() + '[placeholder="' + el.placeholder + '"]';
      return [{ target: [name], failureSummary: 'Placeholder "' + el.placeholder + '" has a contrast ratio of ' + ratio.toFixed(2) + ', expected 4.5:1' }];
    });
})()`;

/**
 * What shows a hand under the pointer, so reacts to a click, with nothing the keyboard reaches
 * around or inside it: a clickable row or card that is not a link or a button. The clickable
 * thing is the outermost of the pointer's elements (the cursor is inherited). A part of a field
 * (a number's arrows, a picker's placeholder or the cross on a chosen item) is worked from the
 * input inside the same antd field; a widget that moves focus among its parts
 * itself (a menu, a tab list) marks them with tabindex, even -1.
 */
const POINTER_ONLY = `(() => {
  const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex], [contenteditable="true"]';
  const pointer = (el) => el instanceof Element && getComputedStyle(el).cursor === 'pointer';
  const fieldPart = (el) => !!el.closest('.ant-input-number, .ant-select, .ant-picker, .ant-input-affix-wrapper')?.querySelector('input');
  const clickable = new Set();
  for (const el of document.body.querySelectorAll('*')) {
    if (!pointer(el) || pointer(el.parentElement) || !el.checkVisibility()) continue;
    if (el.closest(FOCUSABLE) || el.querySelector(FOCUSABLE) || el.closest('label, [aria-disabled="true"], :disabled') || fieldPart(el)) continue;
    clickable.add(el);
  }
  return [...clickable].slice(0, 20).map((el) => {
    const name = el.tagName.toLowerCase() + (typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
    return { target: [name], failureSummary: 'Clickable "' + (el.textContent || '').trim().slice(0, 60) + '" is neither a link, a button nor focusable' };
  });
})()`;

/** One line per rule and one per element it found, with axe's own account of what is wrong. */
export function describeViolations(violations: Violation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.map((n) => `    ${n.target.join(' ')}\n      ${n.failureSummary.replace(/\s*\n\s*/g, ' ')}`);
      return `  ${v.id} (${v.impact}): ${v.help}\n${nodes.join('\n')}`;
    })
    .join('\n');
}
