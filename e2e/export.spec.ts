import { expect, test, type Page } from '@playwright/test';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { openApp, screenshotPath } from './support/app';

const panel = (page: Page) => page.getByRole('complementary', { name: 'Requests' });
const exportButton = (page: Page) => page.getByRole('group', { name: 'Share and export' }).getByRole('button', { name: 'Export' });
const graphArea = (page: Page) => page.getByRole('application', { name: 'Cluster graph' });

/** The graph area's size in whole CSS pixels, as the page lays it out. */
async function areaSize(page: Page): Promise<{ width: number; height: number }> {
  return graphArea(page).evaluate((el) => ({ width: el.clientWidth, height: el.clientHeight }));
}

/** The width and height a PNG's IHDR chunk declares. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function exportAs(page: Page, item: string, timeout = 30_000) {
  const started = Date.now();
  const downloading = page.waitForEvent('download', { timeout });
  await exportButton(page).click();
  await page.getByRole('menuitem', { name: item }).click();
  const download = await downloading;
  const bytes = await readFile(await download.path());
  return { download, bytes, ms: Date.now() - started };
}

/** Keeps a copy of an exported file next to the screenshots, to be looked at. */
async function keep(name: string, bytes: Buffer): Promise<void> {
  const path = screenshotPath(name).replace(/\.png$/, '');
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, bytes);
}

/** Sends the default example's ClusterIP request and pauses it at the DNAT, where a label is drawn. */
async function pauseMidFlight(page: Page): Promise<void> {
  await openApp(page);
  await panel(page).getByRole('button', { name: 'myapp via ClusterIP' }).click();
  await expect(page.locator('canvas.packet-overlay')).toHaveAttribute('data-packets', '1');
  const dnat = panel(page).getByRole('list', { name: 'Hops' }).getByRole('listitem').filter({ hasText: 'DNAT' }).first();
  await dnat.getByRole('button').click();
  await expect(panel(page).getByRole('button', { name: 'Play' })).toBeVisible();
  await page.getByRole('button', { name: 'Close inspector' }).click();
  await page.waitForTimeout(400);
}

test('PNG export: the graph area at twice its size, with the paused packet and its label drawn in', async ({ page }) => {
  await pauseMidFlight(page);
  const area = await areaSize(page);
  const png = await exportAs(page, 'PNG image');
  expect(png.download.suggestedFilename()).toBe('svcscope-myapp.png');
  expect(pngSize(png.bytes)).toEqual({ width: area.width * 2, height: area.height * 2 });
  expect(png.bytes.byteLength).toBeGreaterThan(20_000);
  await expect(page.getByRole('status').filter({ hasText: 'Saved svcscope-myapp.png' })).toBeVisible();
  await keep('export-01-graph.png', png.bytes);
  console.log(`PNG ${area.width}×${area.height} CSS px → ${pngSize(png.bytes).width}×${pngSize(png.bytes).height}, ${png.bytes.byteLength} bytes, ${png.ms} ms`);

  // Where the packet canvas has an opaque pixel (the packet, its label), the PNG has that colour too.
  const matched = await page.evaluate(async (base64) => {
    const overlay = document.querySelector('canvas.packet-overlay') as HTMLCanvasElement;
    const painted = overlay.getContext('2d')?.getImageData(0, 0, overlay.width, overlay.height);
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const copy = document.createElement('canvas');
    copy.width = image.width;
    copy.height = image.height;
    const ctx = copy.getContext('2d');
    ctx?.drawImage(image, 0, 0);
    if (!painted || !ctx) return { checked: 0, same: 0 };
    let checked = 0;
    let same = 0;
    for (let i = 0; i < painted.data.length && checked < 400; i += 4 * 13) {
      if (painted.data[i + 3] !== 255) continue;
      const x = (i / 4) % overlay.width;
      const y = Math.floor(i / 4 / overlay.width);
      const [r, g, b] = ctx.getImageData(Math.round((x * copy.width) / overlay.width), Math.round((y * copy.height) / overlay.height), 1, 1).data;
      checked += 1;
      if (Math.abs((r ?? 0) - (painted.data[i] ?? 0)) + Math.abs((g ?? 0) - (painted.data[i + 1] ?? 0)) + Math.abs((b ?? 0) - (painted.data[i + 2] ?? 0)) < 60) same += 1;
    }
    return { checked, same };
  }, png.bytes.toString('base64'));
  expect(matched.checked).toBeGreaterThan(50);
  expect(matched.same / matched.checked).toBeGreaterThan(0.8);
  await page.screenshot({ path: screenshotPath('export-02-app-when-exported') });
});

test('SVG export: the graph area as an SVG document', async ({ page }) => {
  await pauseMidFlight(page);
  const area = await areaSize(page);
  const svg = await exportAs(page, 'SVG image');
  expect(svg.download.suggestedFilename()).toBe('svcscope-myapp.svg');
  const text = svg.bytes.toString('utf8');
  expect(text.startsWith('<svg')).toBe(true);
  expect(text).toContain(`width="${area.width}" height="${area.height}"`);
  expect(text).toContain('myapp-7c59564448');
  // The paused packet and its label come along as a picture of the packet layer.
  expect(text).toContain('<image href="data:image/png;base64,');
  console.log(`SVG ${svg.bytes.byteLength} bytes, ${svg.ms} ms`);
});

test('WebM export: the request journey recorded with a progress indicator', async ({ page }) => {
  test.setTimeout(90_000);
  await pauseMidFlight(page);
  await exportButton(page).focus();
  // From the keyboard: ArrowUp opens the menu on its last item, the video.
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('menuitem', { name: 'Video of the request (WebM)' })).toBeFocused();
  const started = Date.now();
  const downloading = page.waitForEvent('download', { timeout: 60_000 });
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Recording the request' });
  await expect(dialog).toBeVisible();
  const progress = dialog.getByRole('progressbar', { name: 'Recording progress' });
  await expect(progress).toHaveAttribute('aria-valuetext', /[1-9]\d* %/);
  await page.screenshot({ path: screenshotPath('export-03-recording') });
  const download = await downloading;
  const ms = Date.now() - started;
  expect(download.suggestedFilename()).toBe('svcscope-myapp.webm');
  const bytes = await readFile(await download.path());
  // WebM is Matroska: an EBML header, then the "webm" doc type.
  expect([...bytes.subarray(0, 4)]).toEqual([0x1a, 0x45, 0xdf, 0xa3]);
  expect(bytes.subarray(0, 64).toString('latin1')).toContain('webm');
  expect(bytes.byteLength).toBeGreaterThan(20_000);
  await expect(dialog).toHaveCount(0);
  await expect(exportButton(page)).toBeFocused();
  await keep('export-04-journey.webm', bytes);

  // It plays, with a length a player can show and seek in; a frame from the middle shows the journey.
  const viewer = await page.context().newPage();
  await viewer.setContent('<video muted style="display:block;max-width:100%"></video>');
  const seconds = await viewer.evaluate(async (base64) => {
    const video = document.querySelector('video') as HTMLVideoElement;
    video.src = URL.createObjectURL(new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'video/webm' }));
    await new Promise((resolve) => video.addEventListener('loadedmetadata', resolve, { once: true }));
    const duration = video.duration;
    video.currentTime = duration * 0.45;
    await new Promise((resolve) => video.addEventListener('seeked', resolve, { once: true }));
    return duration;
  }, bytes.toString('base64'));
  expect(Number.isFinite(seconds)).toBe(true);
  expect(seconds).toBeGreaterThan(3);
  await viewer.screenshot({ path: screenshotPath('export-04-video-frame') });
  await viewer.close();
  console.log(`WebM ${bytes.byteLength} bytes, ${seconds.toFixed(1)} s long, recorded in ${ms} ms`);
});

test('the Export menu is keyboard operable and says what needs a request', async ({ page }) => {
  await openApp(page);
  await exportButton(page).focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'Export' });
  await expect(menu).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'PNG image' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'SVG image' })).toBeFocused();
  await page.keyboard.press('End');
  const video = page.getByRole('menuitem', { name: 'Video of the request (WebM)' });
  await expect(video).toBeFocused();
  await expect(video).toHaveAttribute('aria-disabled', 'true');
  await expect(video).toHaveAccessibleDescription('Send a request first');
  await page.screenshot({ path: screenshotPath('export-05-menu') });
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(exportButton(page)).toBeFocused();
});
