import { expect, test, type Browser, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { deflateRawSync } from 'node:zlib';
import { EXAMPLES } from '../src/examples';
import { encodeScenario, type Scenario } from '../src/share';
import { editor, graphNode, openApp, pasteManifests, screenshotPath, statusLine } from './support/app';

/** The first Service an example's manifests define: what `?example=<id>` must draw. */
function firstServiceName(manifests: string): string {
  const doc = manifests.split(/^---\s*$/m).find((d) => /^kind:\s*Service\s*$/m.test(d)) ?? '';
  return /^ {2}name:\s*(\S+)/m.exec(doc)?.[1] ?? '';
}

const panel = (page: Page) => page.getByRole('complementary', { name: 'Requests' });
const outcome = (page: Page) => panel(page).getByRole('region', { name: 'Request outcome' });
const hops = (page: Page) => panel(page).getByRole('list', { name: 'Hops' });
const toolbar = (page: Page) => page.getByRole('group', { name: 'Share and export' });

/** Every drawn graph node's accessible name, sorted: "the same graph". */
async function nodeNames(page: Page): Promise<string[]> {
  const names = await page.locator('.react-flow__node[role="group"]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label') ?? ''));
  return names.sort();
}

async function zoomOf(page: Page): Promise<number> {
  return page.locator('.react-flow__viewport').evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a);
}

async function openShareDialog(page: Page) {
  await toolbar(page).getByRole('button', { name: 'Share' }).click();
  await page.getByRole('menuitem', { name: 'Share link…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this scenario' });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function sendAndRead(page: Page): Promise<{ outcome: string; hops: string[] }> {
  await panel(page).getByRole('button', { name: 'Send' }).click();
  await expect(outcome(page)).not.toBeEmpty();
  await expect(hops(page).getByRole('listitem').first()).toBeVisible();
  return { outcome: (await outcome(page).innerText()).trim(), hops: await hops(page).getByRole('listitem').allInnerTexts() };
}

async function freshPage(browser: Browser, viewport = { width: 1280, height: 720 }): Promise<Page> {
  const context = await browser.newContext({ viewport });
  return context.newPage();
}

test('?example=<id> opens every example with its settings and suggested request', async ({ page }) => {
  test.setTimeout(120_000);
  for (const example of EXAMPLES) {
    await page.goto(`/?example=${example.id}`);
    await expect(graphNode(page, `Service ${firstServiceName(example.manifests)}`).first(), example.id).toBeVisible();
    await expect(panel(page).getByLabel('Destination')).toHaveValue(example.suggestedRequest.target);
    await expect(page.getByLabel('kube-proxy')).toHaveValue(example.settings?.proxyMode ?? 'iptables');
    // The address forgets the example: a reload keeps what the user does next.
    expect(new URL(page.url()).search).toBe('');
  }
  await page.screenshot({ path: screenshotPath('share-01-example-by-url') });
});

test('an unknown example id says so and opens the default example', async ({ page }) => {
  await page.goto('/?example=no-such-example');
  await expect(page.getByRole('alert')).toContainText('There is no example called "no-such-example"');
  await expect(graphNode(page, 'Service myapp')).toBeVisible();
  await page.screenshot({ path: screenshotPath('share-02-unknown-example') });
  await page.getByRole('alert').getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the example menu applies the example settings and its suggested request', async ({ page }) => {
  await openApp(page);
  await page.getByLabel('Example').selectOption('kube-proxy-ipvs');
  await expect(graphNode(page, 'Service httpd-svc')).toBeVisible();
  await expect(page.getByLabel('kube-proxy')).toHaveValue('ipvs');
  await expect(panel(page).getByLabel('Destination')).toHaveValue('httpd-svc.default:8080');
});

// Known defect, tracked in the note: the inspector reopens after closing / selector edit; not fixed yet.
test('a shared link opens in a fresh browser with the same graph, settings, view and first trace', async ({ page, browser, context }) => {
  test.setTimeout(90_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?example=kube-proxy-ipvs');
  await expect(graphNode(page, 'Service httpd-svc')).toBeVisible();
  await page.getByLabel('Worker nodes').selectOption('2');
  await expect(statusLine(page)).toHaveText(/pods/);
  await expect(graphNode(page, /^Node node2/)).toBeVisible();
  await expect(graphNode(page, /^Node node3/)).toHaveCount(0);
  const sent = await sendAndRead(page);
  expect(sent.outcome).toMatch(/Delivered/);

  // Where the canvas looks and what is selected travel too.
  await graphNode(page, 'Service httpd-svc').click();
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toBeVisible();
  // A wheel over an empty part of the canvas: the user's own zoom, which the canvas keeps.
  const canvas = await page.getByRole('application', { name: 'Cluster graph' }).boundingBox();
  if (!canvas) throw new Error('no canvas');
  await page.mouse.move(canvas.x + 60, canvas.y + canvas.height - 60);
  await page.mouse.wheel(0, -200);
  await page.waitForTimeout(500);
  const zoom = await zoomOf(page);
  const names = await nodeNames(page);

  const dialog = await openShareDialog(page);
  const link = dialog.getByRole('textbox', { name: 'Link' });
  await expect(link).toHaveValue(/#s=[A-Za-z0-9_-]+$/);
  await expect(dialog).toContainText(/\d+ characters/);
  await dialog.getByRole('button', { name: 'Copy link' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await link.inputValue());
  await page.screenshot({ path: screenshotPath('share-03-dialog') });
  // Escape closes the dialog and gives focus back to the Share button.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(toolbar(page).getByRole('button', { name: 'Share' })).toBeFocused();

  // Another screen: the view is a centre and a zoom, so it shows the same place. Wide enough that the
  // inspector (open for the shared selection) is a column beside the request panel, not a drawer over it.
  const other = await freshPage(browser, { width: 1680, height: 945 });
  await other.goto(copied);
  await expect(graphNode(other, 'Service httpd-svc')).toBeVisible();
  await expect(other.getByLabel('kube-proxy')).toHaveValue('ipvs');
  await expect(other.getByLabel('Worker nodes')).toHaveValue('2');
  await expect.poll(() => nodeNames(other)).toEqual(names);
  await expect(other.getByRole('complementary', { name: 'Inspector' })).toContainText('httpd-svc');
  await expect.poll(() => zoomOf(other)).toBeCloseTo(zoom, 2);
  await expect(panel(other).getByLabel('Destination')).toHaveValue('httpd-svc.default:8080');
  // The address no longer holds the scenario: a reload keeps the recipient's own edits.
  expect(new URL(other.url()).hash).toBe('');
  await other.screenshot({ path: screenshotPath('share-04-opened-in-new-browser') });
  const replayed = await sendAndRead(other);
  expect(replayed).toEqual(sent);
  await other.screenshot({ path: screenshotPath('share-04b-first-trace-replayed') });
  await other.context().close();
});

test('a scenario too long for a link is offered as a file, which the app opens', async ({ page, browser }) => {
  test.setTimeout(90_000);
  await openApp(page);
  // Random names do not compress: a few hundred ConfigMaps make a link far past 8,000 characters.
  const noise = Array.from({ length: 300 }, (_, i) => `---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-${i}-${Math.random().toString(36).slice(2, 12)}\ndata:\n  k: "${Math.random().toString(36).slice(2)}"\n`).join('');
  const big = `${EXAMPLES[3]?.manifests ?? ''}${noise}`;
  await pasteManifests(page, big);
  await expect(graphNode(page, 'Service my-nginx-app')).toBeVisible();

  const dialog = await openShareDialog(page);
  await expect(dialog.getByRole('alert')).toContainText(/makes a link of [\d,]+ characters/);
  await expect(dialog.getByRole('textbox', { name: 'Link' })).toHaveCount(0);
  await page.screenshot({ path: screenshotPath('share-05-too-long') });
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download scenario file' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('svcscope-scenario.json');
  const path = await download.path();
  const file = JSON.parse(await readFile(path, 'utf8')) as { format: string; scenario: Scenario };
  expect(file.format).toBe('svcscope-scenario');
  expect(file.scenario.manifests).toBe(big);

  const other = await freshPage(browser);
  await openApp(other);
  await toolbar(other).getByRole('button', { name: 'Share' }).click();
  const choosing = other.waitForEvent('filechooser');
  await other.getByRole('menuitem', { name: 'Open scenario file…' }).click();
  await (await choosing).setFiles(path);
  await expect(graphNode(other, 'Service my-nginx-app')).toBeVisible();
  await expect(graphNode(other, 'Service myapp')).toHaveCount(0);
  await expect(editor(other)).toContainText('kind: ConfigMap');

  // A file that is not a scenario is refused, and nothing changes.
  await toolbar(other).getByRole('button', { name: 'Share' }).click();
  const choosingAgain = other.waitForEvent('filechooser');
  await other.getByRole('menuitem', { name: 'Open scenario file…' }).click();
  await (await choosingAgain).setFiles({ name: '<b>notes</b>.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
  await expect(other.getByRole('alert')).toContainText('"<b>notes</b>.json" could not be opened: this is not an svcscope scenario file');
  await expect(graphNode(other, 'Service my-nginx-app')).toBeVisible();
  await other.context().close();
});

/** Fails the test on any dialog, and collects console errors and uncaught exceptions. */
function watchForScript(page: Page): string[] {
  const problems: string[] = [];
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  return problems;
}

test('a hostile link renders its text inertly: no script runs, the text shows as text', async ({ page }) => {
  const problems = watchForScript(page);
  const manifests = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  annotations:
    note: "<script>window.__pwned = 1; alert('annotation')</script>"
spec:
  replicas: 1
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
        tier: "<img src=x onerror=alert('label')>"
    spec:
      containers:
      - name: web
        image: nginx
---
apiVersion: v1
kind: Service
metadata:
  name: "<script>alert('name')</script>"
spec:
  selector:
    app: web
  ports:
  - port: 80
---
apiVersion: v1
kind: Service
metadata:
  name: web
  annotations:
    description: "</textarea><svg onload=alert('svg')>"
spec:
  selector:
    app: web
  ports:
  - port: 80
`;
  const hostile: Scenario = {
    v: 1,
    manifests,
    settings: {},
    request: { source: { type: 'external' }, target: `<img src=x onerror="alert('target')">` },
    seed: 1,
    view: { selected: `service/default/<script>alert('selected')</script>` },
  };
  await page.goto(`/${await encodeScenario(hostile)}`);
  await expect(graphNode(page, 'Service web')).toBeVisible();
  await expect(editor(page)).toContainText(`name: "<script>alert('name')</script>"`);
  await expect(editor(page)).toContainText(`tier: "<img src=x onerror=alert('label')>"`);
  await expect(panel(page).getByLabel('Destination')).toHaveValue(`<img src=x onerror="alert('target')">`);
  await expect(page.getByRole('list', { name: 'Diagnostics' })).toContainText('<script>');

  // The Service's YAML in the inspector shows the annotation as text.
  await graphNode(page, 'Service web').click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await inspector.getByRole('tab', { name: /YAML/ }).click();
  await expect(inspector).toContainText(`</textarea><svg onload=alert('svg')>`);
  await page.screenshot({ path: screenshotPath('share-06-hostile-link-inert') });

  // Nothing the link carried became an element.
  expect(await page.evaluate(() => document.querySelectorAll('img[onerror], svg[onload], script:not([src])').length)).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(problems).toEqual([]);
});

test('a broken, oversized or newer link shows a clear refusal and keeps the saved manifests', async ({ page }) => {
  const problems = watchForScript(page);
  await page.goto('/#s=<script>alert(1)</script>');
  await expect(page.getByRole('alert')).toContainText('This link could not be opened: the link is damaged');
  await expect(graphNode(page, 'Service myapp')).toBeVisible();
  await page.screenshot({ path: screenshotPath('share-07-broken-link') });

  const linkAround = (json: string): string => `/#s=${deflateRawSync(Buffer.from(json)).toString('base64url')}`;
  // A zip bomb: a few kilobytes that would inflate to 3 MB are refused while inflating.
  const bomb = linkAround(`{"v":1,"manifests":"${' '.repeat(3 * 1024 * 1024)}","settings":{},"seed":1}`);
  expect(bomb.length).toBeLessThan(8000);
  // The address forgot the last link, so going to another one is a same-page hop: reload to open it.
  await page.goto(bomb);
  await page.reload();
  await expect(page.getByRole('alert')).toContainText("the link's scenario expands past 2 MiB and is refused");

  // A link from a newer svcscope says so instead of failing on its fields.
  await page.goto(linkAround(JSON.stringify({ v: 2, manifests: 'x', future: true })));
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('this scenario is version 2; this svcscope reads version 1');
  await expect(graphNode(page, 'Service myapp')).toBeVisible();
  expect(problems).toEqual([]);
});
