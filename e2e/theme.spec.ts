import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { contrastRatio, relativeLuminance, type Rgb } from '../src/ui/theme/contrast';
import { graphNode, openApp, screenshotPath } from './support/app';

const themeSelect = (page: Page) => page.getByRole('combobox', { name: 'Theme' });
const panel = (page: Page) => page.getByRole('complementary', { name: 'Requests' });
const hops = (page: Page) => panel(page).getByRole('list', { name: 'Hops' });
const outcome = (page: Page) => panel(page).getByRole('region', { name: 'Request outcome' });

/** `rgb(15, 23, 42)` (what computed style gives for an opaque colour) → channels. */
function parseRgb(text: string): Rgb {
  const match = /^rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)$/.exec(text);
  if (!match) throw new Error(`not an rgb() colour: ${text}`);
  if (match[4] !== undefined && Number(match[4]) < 1) throw new Error(`translucent: ${text}`);
  return { r: Number(match[1]), g: Number(match[2]), b: Number(match[3]) };
}

async function backgroundOf(locator: Locator): Promise<Rgb> {
  return parseRgb(await locator.evaluate((element) => getComputedStyle(element).backgroundColor));
}

async function pageBackground(page: Page): Promise<Rgb> {
  return backgroundOf(page.locator('html'));
}

/** The surfaces a reader looks at, each of which must be dark in the dark theme (no white box left behind). */
async function surfaceLuminances(page: Page): Promise<Record<string, number>> {
  const surfaces: Record<string, Locator> = {
    page: page.locator('html'),
    editor: page.locator('.cm-editor'),
    requests: panel(page),
    status: page.locator('.app-footer'),
    'graph canvas': page.locator('.react-flow'),
    'service card': graphNode(page, 'Service myapp').locator('.node-card'),
    'search box': page.locator('.search-box'),
    'zoom buttons': page.locator('.react-flow__controls-button').first(),
  };
  const out: Record<string, number> = {};
  for (const [name, locator] of Object.entries(surfaces)) out[name] = relativeLuminance(await backgroundOf(locator));
  return out;
}

/** Tabs from the top of the page until focus lands in the header's toolbar; returns the focused control. */
async function tabIntoToolbar(page: Page): Promise<Locator> {
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  for (let presses = 0; presses < 12; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.closest('.app-header') !== null)) return page.locator(':focus');
  }
  throw new Error('Tab never reached the toolbar');
}

interface Ring {
  readonly width: number;
  readonly style: string;
  readonly offset: number;
  readonly colour: string;
}

async function ringOf(locator: Locator): Promise<Ring> {
  return locator.evaluate((element) => {
    const style = getComputedStyle(element);
    return {
      width: Number.parseFloat(style.outlineWidth),
      style: style.outlineStyle,
      offset: Number.parseFloat(style.outlineOffset),
      colour: style.outlineColor,
    };
  });
}

async function chooseTheme(page: Page, theme: 'system' | 'light' | 'dark'): Promise<void> {
  await themeSelect(page).selectOption(theme);
}

test('choosing Dark turns the whole app dark, and the choice survives a reload', async ({ page }) => {
  await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(relativeLuminance(await pageBackground(page))).toBeGreaterThan(0.9);

  await chooseTheme(page, 'dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  for (const [name, luminance] of Object.entries(await surfaceLuminances(page))) expect(luminance, `${name} background`).toBeLessThan(0.05);
  // Text on those surfaces is light.
  const text = parseRgb(await panel(page).evaluate((element) => getComputedStyle(element).color));
  expect(contrastRatio(text, await backgroundOf(panel(page)))).toBeGreaterThanOrEqual(7);

  await page.reload();
  await expect(graphNode(page, 'Service myapp')).toBeVisible();
  await expect(themeSelect(page)).toHaveValue('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(relativeLuminance(await pageBackground(page))).toBeLessThan(0.05);

  // And back: Light is light again.
  await chooseTheme(page, 'light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(relativeLuminance(await pageBackground(page))).toBeGreaterThan(0.9);
});

test('"Theme: auto" follows the operating system’s dark mode, also when it changes', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openApp(page);
  await expect(themeSelect(page)).toHaveValue('system');
  await expect(themeSelect(page).locator('option:checked')).toHaveText('Theme: auto');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(relativeLuminance(await pageBackground(page))).toBeLessThan(0.05);

  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(relativeLuminance(await pageBackground(page))).toBeGreaterThan(0.9);
});

for (const theme of ['light', 'dark'] as const) {
  test(`keyboard focus shows a ring of at least 2px in the ${theme} theme: toolbar, graph node, editor`, async ({ page }) => {
    await openApp(page);
    await chooseTheme(page, theme);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);

    const control = await tabIntoToolbar(page);
    const ring = await ringOf(control);
    expect(ring.style).toBe('solid');
    expect(ring.width).toBeGreaterThanOrEqual(2);
    expect(ring.offset).toBeGreaterThanOrEqual(2);
    const header = await backgroundOf(page.locator('.app-header'));
    expect(contrastRatio(parseRgb(ring.colour), header), 'ring against the header').toBeGreaterThanOrEqual(3);
    await page.screenshot({ path: screenshotPath(`theme-focus-toolbar-${theme}`), clip: { x: 0, y: 0, width: 1280, height: 60 } });

    // A graph node, reached from the keyboard: the ring is drawn on its card.
    await graphNode(page, 'Service myapp').focus();
    const card = graphNode(page, 'Service myapp').locator('.node-card');
    const cardRing = await ringOf(card);
    expect(cardRing.width).toBeGreaterThanOrEqual(2);
    expect(contrastRatio(parseRgb(cardRing.colour), await pageBackground(page)), 'ring against the canvas').toBeGreaterThanOrEqual(3);
    expect(contrastRatio(parseRgb(cardRing.colour), await backgroundOf(card)), 'ring against the card').toBeGreaterThanOrEqual(3);

    // The editor draws its ring on the whole view.
    await page.getByRole('textbox', { name: 'Manifests' }).focus();
    const editorRing = await ringOf(page.locator('.cm-editor'));
    expect(editorRing.width).toBeGreaterThanOrEqual(2);
    expect(contrastRatio(parseRgb(editorRing.colour), await backgroundOf(page.locator('.cm-editor')))).toBeGreaterThanOrEqual(3);
  });
}

for (const theme of ['light', 'dark'] as const) {
  for (const size of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ]) {
    test(`the ${theme} theme at ${size.width}x${size.height}, with a request on its way`, async ({ page }) => {
      await page.setViewportSize(size);
      await openApp(page);
      await chooseTheme(page, theme);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);

      await panel(page).getByRole('button', { name: 'Send' }).click();
      await expect(outcome(page)).not.toBeEmpty();
      await expect(page.locator('canvas.packet-overlay')).toHaveAttribute('data-packets', '1');
      await page.waitForTimeout(1200);
      await page.screenshot({ path: screenshotPath(`theme-${theme}-${size.width}x${size.height}-moving`) });

      // Paused on the DNAT hop: the hop label on the canvas and the inspector on its rule.
      const dnat = hops(page).getByRole('listitem').filter({ hasText: 'KUBE-SEP-' }).filter({ hasText: 'DNAT' }).first();
      await dnat.getByRole('button').click();
      await expect(page.getByRole('complementary', { name: 'Inspector' })).toContainText('KUBE-SEP-');
      await page.waitForTimeout(300);
      await page.screenshot({ path: screenshotPath(`theme-${theme}-${size.width}x${size.height}-hop`) });
    });
  }
}

test('in the dark theme the what-if bar, findings, filters, menus and dialogs are dark too', async ({ page }) => {
  await openApp(page);
  await chooseTheme(page, 'dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const dark = async (name: string, locator: Locator): Promise<void> => {
    await expect(locator, name).toBeVisible();
    expect(relativeLuminance(await backgroundOf(locator)), `${name} background`).toBeLessThan(0.05);
  };

  // A selector that matches nothing: a warning on the Service card, in the problems list and in the editor.
  const service = graphNode(page, 'Service myapp');
  await service.click();
  const bar = page.getByRole('toolbar', { name: 'What if: myapp' });
  await dark('what-if bar', bar);
  await bar.getByRole('button', { name: 'Selector…' }).click();
  await bar.getByRole('textbox', { name: 'Selector value 1' }).fill('nothing');
  await bar.getByRole('button', { name: 'Apply selector' }).click();
  await expect(service.locator('.finding-badge.finding-warning')).toBeVisible();
  await page.getByRole('button', { name: 'Close inspector' }).click();
  await service.hover();
  await dark('finding words', service.locator('.finding-popover'));
  await dark('Service card with a warning', service.locator('.node-card'));
  await page.getByRole('button', { name: 'Filters' }).click();
  await dark('filter panel', page.locator('.filter-panel'));
  await page.screenshot({ path: screenshotPath('theme-dark-finding-and-filters') });
  await page.getByRole('button', { name: 'Filters' }).click();

  await page.getByRole('banner').getByRole('button', { name: 'Share' }).click();
  await dark('share menu', page.getByRole('menu'));
  await page.screenshot({ path: screenshotPath('theme-dark-share-menu') });
  await page.getByRole('menuitem', { name: 'Share link…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this scenario' });
  await dark('share dialog', dialog);
  await page.screenshot({ path: screenshotPath('theme-dark-share-dialog') });
});

test('a PNG export in the dark theme is drawn on the dark canvas background', async ({ page }) => {
  await openApp(page);
  await chooseTheme(page, 'dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const downloading = page.waitForEvent('download');
  await page.getByRole('group', { name: 'Share and export' }).getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: 'PNG image' }).click();
  const bytes = await readFile(await (await downloading).path());

  // A 12×12 grid of samples: the background between the cards is most of the picture, and cards are dark too.
  const samples = await page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const ctx = canvas.getContext('2d');
    ctx?.drawImage(image, 0, 0);
    const out: [number, number, number][] = [];
    for (let i = 0; i < 12; i += 1)
      for (let j = 0; j < 12; j += 1) {
        const data = ctx?.getImageData(Math.floor(((i + 0.5) * image.width) / 12), Math.floor(((j + 0.5) * image.height) / 12), 1, 1).data;
        out.push([data?.[0] ?? 255, data?.[1] ?? 255, data?.[2] ?? 255]);
      }
    return out;
  }, bytes.toString('base64'));
  const darkShare = samples.filter(([r, g, b]) => relativeLuminance({ r, g, b }) < 0.05).length / samples.length;
  expect(darkShare).toBeGreaterThan(0.8);
});
