import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { DEMO_PASSWORD, startApi, type ApiHarness } from '../support/api-harness';
import { launchChromium } from './chromium';

export { launchChromium };

export const ROOT = join(__dirname, '../..');
export const WEB_ROOT = join(ROOT, 'dist/web');
export const SCREENSHOTS = join(ROOT, 'docs/screenshots');
const WEB_SOURCES = join(ROOT, 'apps/web');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds the web app (about two seconds) unless dist/web is newer than every file in apps/web. */
export function ensureWebBuild(): void {
  const index = join(WEB_ROOT, 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= newestMtime(WEB_SOURCES)) return;
  execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'error'], {
    // The bundle people get: under Jest NODE_ENV is 'test', which would build React's and antd's test
    // variants (every useId() is 'test-id', so no dialog is named by its title).
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

export interface WebApi {
  h: ApiHarness;
  baseUrl: string;
}

/**
 * The real API with the built web app, listening on a free port of 127.0.0.1 for the browser.
 * Its clock is the real time, so the browser's "today" and the server's agree.
 */
export async function startWebApi(): Promise<WebApi> {
  ensureWebBuild();
  const h = await startApi({ webRoot: WEB_ROOT, now: new Date().toISOString() });
  await h.app.listen(0, '127.0.0.1');
  return { h, baseUrl: (await h.app.getUrl()).replace('[::1]', '127.0.0.1') };
}

export const DESKTOP: BrowserContextOptions = {
  viewport: { width: 1366, height: 900 },
  locale: 'vi-VN',
  timezoneId: 'Asia/Ho_Chi_Minh',
  acceptDownloads: true,
};
export const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'vi-VN',
  timezoneId: 'Asia/Ho_Chi_Minh',
};

export async function signIn(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => url.pathname !== '/login');
}

/**
 * With DONDOC_SCREENSHOTS=1, saves docs/screenshots/<name>.png of the viewport, made `height`
 * pixels tall for a long page: a full-page capture would paint the sticky header and sider in the
 * middle of the picture. Without it the tests leave the committed pictures alone.
 */
export async function screenshot(page: Page, name: string, height?: number): Promise<void> {
  if (process.env.DONDOC_SCREENSHOTS !== '1') return;
  const size = page.viewportSize();
  if (height && size) await page.setViewportSize({ width: size.width, height });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), animations: 'disabled' });
  if (height && size) await page.setViewportSize(size);
}

/**
 * What the page's Content-Security-Policy refuses from now on, across navigations, as the browser
 * reports it (a `securitypolicyviolation` event for each refusal). Call before the first `goto`.
 */
export async function recordCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportCspViolation', (violation: string) => violations.push(violation));
  // A string, because the server's TypeScript settings know no DOM.
  await page.addInitScript(`document.addEventListener('securitypolicyviolation', (e) =>
    window.reportCspViolation(location.pathname + ': ' + e.effectiveDirective + ' refused ' + (e.blockedURI || 'inline')
      + (e.target instanceof Element ? ' on ' + e.target.outerHTML.slice(0, 120) : '')));`);
  return violations;
}

/** How far the page's content is wider than its viewport (0 when nothing scrolls sideways). */
export function horizontalOverflow(page: Page): Promise<number> {
  // A string, because the server's TypeScript settings know no DOM.
  return page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
}

/** What a browser test file works with: the web app on its own API, and pages it closes at the end. */
export interface BrowserSession {
  /** The API and the web app's address, there once the file's tests run. */
  readonly api: WebApi;
  readonly newPage: (options?: BrowserContextOptions) => Promise<Page>;
  /** A page signed in as the person with this email (the demo password). */
  readonly pageAs: (email: string, options?: BrowserContextOptions) => Promise<Page>;
}

/**
 * A browser test file's setup, in one place: starts the web app and Chromium before its tests (one
 * after the other: if the API fails to start, no browser is left running to keep Jest from exiting)
 * and closes every page, the browser and the API after them. Call it at the top of the file.
 */
export function browserSession(): BrowserSession {
  let api: WebApi | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const newPage = async (options: BrowserContextOptions = DESKTOP): Promise<Page> => {
    if (!browser) throw new Error('the browser session has not started: call browserSession() at the top of the test file');
    const context = await browser.newContext(options);
    contexts.push(context);
    return context.newPage();
  };
  beforeAll(async () => {
    api = await startWebApi();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    await browser?.close();
    await api?.h.close();
  });
  const session: BrowserSession = {
    get api() {
      if (!api) throw new Error('the browser session has not started: call browserSession() at the top of the test file');
      return api;
    },
    newPage,
    pageAs: async (email, options = DESKTOP) => {
      const page = await newPage(options);
      await signIn(page, session.api.baseUrl, email, DEMO_PASSWORD);
      return page;
    },
  };
  return session;
}
