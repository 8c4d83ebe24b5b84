import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { encodeScenario } from '../src/share';
import { findExample } from '../src/examples';
import { graphNode, openApp, screenshotPath } from './support/app';

/**
 * A page on another origin that embeds svcscope, as a blog post would: served from a port of its own
 * (a routed page would count as a public one, which Chromium's local network checks keep from framing
 * the app on 127.0.0.1). The test writes the post's body.
 */
let post = '';
let blog: Server;
test.beforeAll(async () => {
  blog = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html><head><title>A post</title></head><body style="margin:16px;font:16px sans-serif"><p>How a ClusterIP picks a pod:</p>${post}<p>The end.</p></body></html>`);
  });
  await new Promise<void>((resolve) => blog.listen(0, '127.0.0.1', resolve));
});
test.afterAll(async () => {
  await new Promise((resolve) => blog.close(resolve));
});

async function servePost(page: Page, iframe: string): Promise<void> {
  post = iframe;
  await page.goto(`http://127.0.0.1:${(blog.address() as AddressInfo).port}/post.html`);
}

function player(frame: FrameLocator) {
  return frame.getByRole('group', { name: 'Player' });
}

async function scenarioUrl(baseURL: string | undefined, exampleId: string, query: string): Promise<string> {
  const example = findExample(exampleId);
  if (!example) throw new Error(`no example ${exampleId}`);
  const fragment = await encodeScenario({ v: 1, manifests: example.manifests, settings: example.settings ?? {}, request: example.suggestedRequest, seed: 1 });
  return `${baseURL}/?${query}${fragment}`;
}

test('the Embed dialog gives an iframe snippet that plays the scenario in another page', async ({ page, baseURL }) => {
  await openApp(page);
  await page.getByRole('group', { name: 'Share and export' }).getByRole('button', { name: 'Share' }).click();
  await page.getByRole('menuitem', { name: 'Embed…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this scenario' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Width').fill('480');
  await dialog.getByLabel('Height').fill('320');
  await dialog.getByLabel('Loop').check();
  const code = dialog.getByRole('textbox', { name: 'Embed code' });
  await expect(code).toHaveValue(/^<iframe src="[^"]+\?embed=1&amp;autoplay=1&amp;loop=1#s=[A-Za-z0-9_-]+" width="480" height="320" loading="lazy" title="svcscope: ClusterIP: myapp, 3 replicas"/);
  await page.screenshot({ path: screenshotPath('embed-01-dialog') });
  // A real modal dialog: Tab goes round its own controls and never reaches the page behind it.
  for (let i = 0; i < 14; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement === document.body || document.activeElement?.closest('dialog') !== null)).toBe(true);
  }
  const snippet = await code.inputValue();
  await page.keyboard.press('Escape');
  expect(snippet.startsWith(`<iframe src="${baseURL}/`)).toBe(true);

  await servePost(page, snippet);
  const frame = page.frameLocator('iframe[title="svcscope: ClusterIP: myapp, 3 replicas"]');
  await expect(graphNode(frame as unknown as Page, 'Service myapp')).toBeVisible();
  await expect(player(frame)).toBeVisible();
  await expect(frame.getByRole('textbox', { name: 'Manifests' })).toHaveCount(0);
  await expect(frame.getByRole('complementary', { name: 'Requests' })).toHaveCount(0);
  // Autoplay sent the scenario's request: the packet moves, then the run ends and loops.
  await expect(player(frame).getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(frame.locator('canvas.packet-overlay')).toHaveAttribute('data-packets', '1');
  await page.waitForTimeout(1500);
  await page.screenshot({ path: screenshotPath('embed-02-blog-480x320-playing') });
  await expect(player(frame).getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 20_000 });
  await expect(player(frame).getByRole('button', { name: 'Pause' })).toBeVisible({ timeout: 5_000 });
});

test('?embed=1 fits small frames: canvas, player and request picker, no editor', async ({ page, baseURL }) => {
  for (const [width, height] of [
    [480, 320],
    [320, 240],
  ] as const) {
    const src = await scenarioUrl(baseURL, 'nginx-nodeport', 'embed=1');
    await servePost(page, `<iframe src="${src}" width="${width}" height="${height}" title="svcscope embed" style="border:1px solid #999"></iframe>`);
    const frame = page.frameLocator('iframe[title="svcscope embed"]');
    await expect(graphNode(frame as unknown as Page, 'Service my-nginx-app')).toBeVisible();
    await expect(player(frame).getByRole('button', { name: 'Play' })).toBeVisible();
    await expect(frame.getByLabel('Source')).toHaveValue('client/external');
    await expect(frame.getByLabel('Destination')).toHaveValue('192.168.49.3:32143');
    await expect(frame.getByRole('textbox', { name: 'Manifests' })).toHaveCount(0);
    // Everything the reader needs is inside the frame, nothing clipped off its edges.
    const inside = await frame.locator('.embed').evaluate((bar) => {
      const frameBox = { width: window.innerWidth, height: window.innerHeight };
      const shown = [...bar.querySelectorAll('button, select, a')].filter((el) => el.getClientRects().length > 0);
      return (
        shown.length >= 6 &&
        shown.every((el) => {
          const box = el.getBoundingClientRect();
          return box.left >= -0.5 && box.top >= -0.5 && box.right <= frameBox.width + 0.5 && box.bottom <= frameBox.height + 0.5;
        })
      );
    });
    expect(inside).toBe(true);
    await frame.getByRole('button', { name: 'Send' }).click();
    await expect(frame.locator('canvas.packet-overlay')).toHaveAttribute('data-packets', '1');
    await page.waitForTimeout(2200);
    await player(frame).getByRole('button', { name: 'Pause' }).click();
    await expect(frame.getByRole('link', { name: 'Open in svcscope' })).toBeVisible();
    await page.screenshot({ path: screenshotPath(`embed-03-${width}x${height}-paused`) });
  }
});

test('"Open in svcscope" opens the same scenario in the full app', async ({ page, context, baseURL }) => {
  const src = await scenarioUrl(baseURL, 'kube-proxy-ipvs', 'embed=1&autoplay=1&loop=1');
  await page.setViewportSize({ width: 720, height: 480 });
  await page.goto(src);
  const link = page.getByRole('link', { name: 'Open in svcscope' });
  await expect(link).toHaveAttribute('href', src.replace('?embed=1&autoplay=1&loop=1', ''));
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(graphNode(page, 'Service httpd-svc')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Player' }).getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.waitForTimeout(1800);
  await page.screenshot({ path: screenshotPath('embed-04-720x480-page') });
  const opening = context.waitForEvent('page');
  await link.click();
  const full = await opening;
  await expect(graphNode(full, 'Service httpd-svc')).toBeVisible();
  await expect(full.getByRole('textbox', { name: 'Manifests' })).toBeVisible();
  await expect(full.getByLabel('kube-proxy')).toHaveValue('ipvs');
});

test('an embed never reads or overwrites the manifests saved in this browser', async ({ page, baseURL }) => {
  await openApp(page);
  await page.evaluate(() => localStorage.setItem('svcscope.manifests.v1', 'kind: Namespace\nmetadata:\n  name: mine\n'));
  await page.goto(await scenarioUrl(baseURL, 'nginx-nodeport', 'embed=1'));
  await expect(graphNode(page, 'Service my-nginx-app')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('svcscope.manifests.v1'))).toContain('name: mine');
  await page.goto(`${baseURL}/?embed=1`);
  await expect(graphNode(page, 'Service myapp')).toBeVisible();
});
