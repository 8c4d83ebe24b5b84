/// <reference lib="dom" />
// The page functions passed to evaluate() run in the browser, so this file needs the DOM types.
import { expect, type Locator, type Page } from '@playwright/test';

/** Where screenshots go: under test-results/, which CI keeps as an artifact. */
export function screenshotPath(name: string): string {
  return `test-results/screenshots/${name}.png`;
}

/** A drawn graph node by its accessible name, e.g. "Service myapp" or "Pod myapp-…". */
export function graphNode(page: Page, name: string | RegExp): Locator {
  return page.getByRole('group', { name });
}

export function editor(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Manifests' });
}

export function statusLine(page: Page): Locator {
  return page.getByRole('status');
}

/** Opens the app and waits until the first graph is drawn (the worker answered and React Flow measured). */
export async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(graphNode(page, 'Service myapp')).toBeVisible();
  await expect(statusLine(page)).not.toHaveText(/Parsing|Starting/);
}

/**
 * Pastes like a user: select everything in the editor, then a real paste event carrying the text, which
 * CodeMirror handles exactly as a Ctrl+V from the clipboard.
 */
export async function pasteManifests(page: Page, text: string): Promise<void> {
  await editor(page).click();
  await page.keyboard.press('ControlOrMeta+A');
  await editor(page).evaluate((element, pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element has no box (not visible?)');
  return box;
}

export function contains(outer: Box, inner: Box): boolean {
  return (
    inner.x >= outer.x - 0.5 &&
    inner.y >= outer.y - 0.5 &&
    inner.x + inner.width <= outer.x + outer.width + 0.5 &&
    inner.y + inner.height <= outer.y + outer.height + 0.5
  );
}
