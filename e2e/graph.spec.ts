import { expect, test } from '@playwright/test';
import { findExample } from '../src/examples';
import { boxOf, contains, graphNode, openApp, pasteManifests, screenshotPath, statusLine } from './support/app';

const nodePort = findExample('nginx-nodeport')?.manifests ?? '';

test('the app opens with the example graph: Service, Endpoints, three pods each inside a Node', async ({ page }) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await openApp(page);
  // Parsing and layout ran in the Web Worker, not on the page.
  expect(workers).toHaveLength(1);

  const service = graphNode(page, 'Service myapp');
  await expect(service).toContainText('ClusterIP');
  await expect(service).toContainText(/10\.\d+\.\d+\.\d+/);
  await expect(service).toContainText('38080');

  const endpoints = graphNode(page, 'Endpoints myapp');
  await expect(endpoints).toBeVisible();
  await expect(endpoints).toContainText(/10\.244\.\d+\.\d+:8080/);

  const pods = graphNode(page, /^Pod myapp-/);
  await expect(pods).toHaveCount(3);
  const nodeBoxes = await Promise.all((await graphNode(page, /^Node /).all()).map(boxOf));
  for (const pod of await pods.all()) {
    await expect(pod).toContainText('Ready');
    const podBox = await boxOf(pod);
    expect(nodeBoxes.some((nodeBox) => contains(nodeBox, podBox))).toBe(true);
  }

  await expect(statusLine(page)).toHaveText(/3 pods \(3 ready\)/);
  await page.screenshot({ path: screenshotPath('01-example-graph') });
});

test('pasting the NodePort manifest replaces the graph', async ({ page }) => {
  await openApp(page);
  await pasteManifests(page, nodePort);

  const service = graphNode(page, 'Service my-nginx-app');
  await expect(service).toBeVisible();
  await expect(service).toContainText('NodePort');
  await expect(service).toContainText('32143');
  await expect(graphNode(page, 'Service myapp')).toHaveCount(0);
  await expect(graphNode(page, /^Pod my-nginx-app-/)).toHaveCount(2);
  await expect(graphNode(page, 'Client client')).toBeVisible();

  await page.screenshot({ path: screenshotPath('02-nodeport-pasted') });
});

test('a broken paste lists its line in the diagnostics, keeps the previous graph, and jumps to the line', async ({ page }) => {
  await openApp(page);
  const broken = nodePort.replace('  type: NodePort\n', '  type: NodePort\n   selector: x\n');
  const brokenLine = broken.split('\n').indexOf('   selector: x') + 1;
  await pasteManifests(page, broken);

  const diagnostics = page.getByRole('list', { name: 'Diagnostics' });
  const item = diagnostics.getByRole('listitem').filter({ hasText: 'YAML_SYNTAX' });
  await expect(item).toContainText(`${brokenLine}:`);
  await expect(statusLine(page)).toHaveText(`YAML error on line ${brokenLine}: showing the last graph that could be read`);

  // The last good graph stays: the example's Service, not the broken paste's.
  await expect(graphNode(page, 'Service myapp')).toBeVisible();
  await expect(graphNode(page, 'Service my-nginx-app')).toHaveCount(0);

  // CodeMirror does not expose the cursor line to accessibility APIs; its active line number is the visible cue.
  await item.getByRole('button').click();
  await expect(page.locator('.cm-lineNumbers .cm-activeLineGutter')).toHaveText(String(brokenLine));
  await page.screenshot({ path: screenshotPath('03-broken-paste') });
});

test('objects of two namespaces are drawn inside a labelled island each; pods stay in their Nodes', async ({ page }) => {
  await page.goto('/?example=httpd-cross-namespace-dns');
  const defaultIsland = graphNode(page, 'Namespace default');
  const publicIsland = graphNode(page, 'Namespace kube-public');
  await expect(defaultIsland).toBeVisible();
  await expect(publicIsland).toBeVisible();
  await expect(defaultIsland).toContainText('Namespace default');
  await expect(publicIsland).toContainText('Namespace kube-public');
  // A frame, not an object: no tab stop, and not described by React Flow's "press Enter to select" help.
  await expect(defaultIsland).not.toHaveAttribute('tabindex');
  await expect(defaultIsland).not.toHaveAttribute('aria-describedby');

  const defaultBox = await boxOf(defaultIsland);
  const publicBox = await boxOf(publicIsland);
  expect(contains(defaultBox, await boxOf(graphNode(page, 'Service httpd-svc')))).toBe(true);
  expect(contains(publicBox, await boxOf(graphNode(page, 'Service httpd2-svc')))).toBe(true);
  expect(contains(defaultBox, await boxOf(graphNode(page, 'Service httpd2-svc')))).toBe(false);
  // Pods are in their Node's box, never in an island.
  for (const pod of await graphNode(page, /^Pod /).all()) {
    const podBox = await boxOf(pod);
    expect(contains(defaultBox, podBox) || contains(publicBox, podBox)).toBe(false);
  }
  await page.screenshot({ path: screenshotPath('04-namespace-islands') });
});
