import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { graphNode, openApp, screenshotPath, statusLine } from './support/app';

/**
 * The static build: offline after the first visit (the service worker precaches every built file), usable
 * from any path (relative asset URLs), and running under its Content-Security-Policy without a violation.
 */

/** Console errors about the policy, and every securitypolicyviolation event the page sees. */
function watchPolicy(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  void page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  return violations;
}

/**
 * URLs of the core's Web Workers that start. Without its worker chunk the bridge falls back to running the
 * core on the page and draws the same graph, so only this shows that the worker itself loaded.
 */
function watchCoreWorkers(page: Page): string[] {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  return workers;
}

/** Resolves when a service worker is active for the page, which means its precache is complete. */
async function serviceWorkerScope(page: Page): Promise<string> {
  return page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
}

test('after one visit the app opens offline with the example graph, under its Content-Security-Policy', async ({ page, context, baseURL }) => {
  const violations = watchPolicy(page);
  await openApp(page);
  expect(await serviceWorkerScope(page)).toBe(`${baseURL}/`);

  await context.setOffline(true);
  const fromNetwork: string[] = [];
  page.on('response', (response) => {
    if (!response.fromServiceWorker()) fromNetwork.push(response.url());
  });
  // A request that fails offline gives no response at all, so failures are counted apart.
  const failed: string[] = [];
  page.on('requestfailed', (request) => failed.push(request.url()));
  const workers = watchCoreWorkers(page);
  await page.reload();
  await expect(graphNode(page, 'Service myapp')).toBeVisible();
  await expect(graphNode(page, /^Pod myapp-/)).toHaveCount(3);
  await expect(statusLine(page)).toHaveText(/3 pods \(3 ready\)/);
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  // Everything came from the precache: the page, its chunks, the worker.
  expect(fromNetwork).toEqual([]);
  expect(failed).toEqual([]);
  expect(workers).toEqual([expect.stringMatching(/\/assets\/worker-[\w-]+\.js$/)]);
  await page.screenshot({ path: screenshotPath('offline-01-reloaded-offline') });
  expect(violations).toEqual([]);

  // The policy is in force, not only present: an injected inline script and an inline event handler do not run.
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /script-src 'self';/);
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineScriptRan = true';
    document.head.append(script);
    const holder = document.createElement('div');
    holder.innerHTML = '<img src="missing.png" onerror="window.__inlineHandlerRan = true">';
    document.body.append(holder);
    await new Promise((done) => setTimeout(done, 300));
    return [Reflect.get(window, '__inlineScriptRan') === true, Reflect.get(window, '__inlineHandlerRan') === true];
  });
  expect(ran).toEqual([false, false]);
  await context.setOffline(false);
});

const DIST = resolve(process.env.E2E_DIST ?? 'dist');
const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
};

/** dist/ under a prefix on a bare static server (no SPA fallback, no rewrites), as a sub-folder of a plain host. */
async function serveDistUnder(prefix: string): Promise<{ readonly origin: string; readonly server: Server }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent((request.url ?? '/').split('?')[0] ?? '/');
    const rest = path.startsWith(prefix) ? path.slice(prefix.length) : undefined;
    const file = rest === undefined ? undefined : join(DIST, rest === '' ? 'index.html' : normalize(rest).replace(/^([/\\]|\.\.)+/, ''));
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

test('the build runs from a sub-path of a plain static server, and offline once that server is gone', async ({ page }) => {
  const prefix = '/tools/svcscope/';
  const { origin, server } = await serveDistUnder(prefix);
  const violations = watchPolicy(page);
  const workers = watchCoreWorkers(page);
  try {
    await page.goto(`${origin}${prefix}`);
    await expect(graphNode(page, 'Service myapp')).toBeVisible();
    // The core's worker chunk loaded from under the prefix, not from the server root.
    expect(workers).toEqual([expect.stringMatching(new RegExp(`^${origin}${prefix}assets/worker-[\\w-]+\\.js$`))]);
    expect(await serviceWorkerScope(page)).toBe(`${origin}${prefix}`);
  } finally {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  }
  // Nothing serves the site any more: the service worker does, the core's worker chunk included.
  workers.length = 0;
  await page.reload();
  await expect(graphNode(page, 'Service myapp')).toBeVisible();
  await expect(graphNode(page, /^Pod myapp-/)).toHaveCount(3);
  expect(workers).toEqual([expect.stringMatching(new RegExp(`^${origin}${prefix}assets/worker-[\\w-]+\\.js$`))]);
  await page.screenshot({ path: screenshotPath('offline-02-sub-path-server-gone') });
  expect(violations).toEqual([]);
});
