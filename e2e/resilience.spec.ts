import { expect, test } from '@playwright/test';
import { findExample } from '../src/examples';
import { editor, graphNode, openApp, pasteManifests, screenshotPath, statusLine } from './support/app';

const nodePort = findExample('nginx-nodeport')?.manifests ?? '';

test('the pasted text survives a reload', async ({ page }) => {
  await openApp(page);
  await pasteManifests(page, nodePort);
  await expect(graphNode(page, 'Service my-nginx-app')).toBeVisible();

  await page.reload();
  await expect(graphNode(page, 'Service my-nginx-app')).toBeVisible();
  await expect(editor(page)).toContainText('nodePort: 32143');
});

test('without Web Workers the app reads the manifests on the page itself', async ({ page }) => {
  await page.addInitScript(() => {
    // Simulates a browser without (module) workers; the bridge must fall back to running in-process.
    Reflect.deleteProperty(globalThis, 'Worker');
  });
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await openApp(page);
  await expect(graphNode(page, /^Pod myapp-/)).toHaveCount(3);
  expect(workers).toEqual([]);
  await expect(statusLine(page)).toHaveText(/3 pods \(3 ready\)/);
  await page.screenshot({ path: screenshotPath('04-in-process-fallback') });
});
