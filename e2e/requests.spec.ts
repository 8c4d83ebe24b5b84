import { expect, test, type Page } from '@playwright/test';
import { findExample } from '../src/examples';
import { editor, graphNode, openApp, pasteManifests, screenshotPath } from './support/app';

const nodePort = findExample('nginx-nodeport')?.manifests ?? '';
/** One nginx pod behind a NodePort that only answers on the node that runs it. */
const localNodePort = nodePort.replace('replicas: 2', 'replicas: 1').replace('    nodePort: 32143', '    nodePort: 32143\n  externalTrafficPolicy: Local');

const panel = (page: Page) => page.getByRole('complementary', { name: 'Requests' });
const hops = (page: Page) => panel(page).getByRole('list', { name: 'Hops' });
const outcome = (page: Page) => panel(page).getByRole('region', { name: 'Request outcome' });
const packetCanvas = (page: Page) => page.locator('canvas.packet-overlay');

test('a ClusterIP request in the default example travels to a pod, and its hops show the DNAT', async ({ page }) => {
  await openApp(page);
  await panel(page).getByRole('button', { name: 'myapp via ClusterIP' }).click();

  // The packet is on the canvas and the clock moves.
  await expect(packetCanvas(page)).toHaveAttribute('data-packets', '1');
  const dnat = hops(page).getByRole('listitem').filter({ hasText: 'KUBE-SEP-' }).filter({ hasText: 'DNAT' }).first();
  await expect(dnat).toBeVisible();
  await expect(dnat).toContainText(/dst 10\.\d+\.\d+\.\d+:38080 → 10\.244\.\d+\.\d+:8080 \(DNAT\)/);
  await page.screenshot({ path: screenshotPath('requests-01-clusterip-moving') });

  // Clicking the DNAT hop selects it and moves the packet there (paused), with its label on the canvas.
  await dnat.getByRole('button').click();
  await expect(dnat.getByRole('button')).toHaveAttribute('aria-pressed', 'true');
  await expect(panel(page).getByRole('button', { name: 'Play' })).toBeVisible();
  await page.screenshot({ path: screenshotPath('requests-02-clusterip-dnat-hop') });
  // The same moment on a 1080p projector: the canvas follows the new size and keeps the packet on its node.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await expect(packetCanvas(page)).toHaveAttribute('data-packets', '1');
  await page.waitForTimeout(300);
  await page.screenshot({ path: screenshotPath('requests-02b-clusterip-dnat-hop-1080p') });
  await page.setViewportSize({ width: 1280, height: 720 });

  // The inspector opened on the rule of that hop; close it to give the graph the room back.
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toContainText('KUBE-SEP-');
  await page.getByRole('button', { name: 'Close inspector' }).click();
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toHaveCount(0);

  // From the keyboard: the timeline's arrow keys step to the next hop.
  await expect(dnat.getByRole('button')).toHaveAttribute('aria-current', 'step');
  await panel(page).getByRole('slider', { name: 'Timeline' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(dnat.getByRole('button')).not.toHaveAttribute('aria-current', 'step');
  await expect(panel(page).getByRole('slider', { name: 'Timeline' })).toHaveAttribute('aria-valuetext', /hop \d+ of \d+/);
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toHaveCount(0);

  // Played to the end: delivered to one of the three pods.
  await panel(page).getByRole('button', { name: 'Play' }).click();
  await expect(outcome(page)).toContainText(/Delivered to myapp-/);
  await expect(panel(page).getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 15_000 });
  await page.screenshot({ path: screenshotPath('requests-03-clusterip-delivered') });
});

test('a NodePort request from outside to a node without the pod is dropped under externalTrafficPolicy: Local', async ({ page }) => {
  await openApp(page);
  await pasteManifests(page, localNodePort);
  await expect(graphNode(page, /^Pod my-nginx-app-/)).toHaveCount(1);

  // A worker Node that does not run the pod: its pod CIDR is not the pod's subnet.
  const podIP = (await graphNode(page, /^Pod my-nginx-app-/).textContent())?.match(/10\.244\.(\d+)\.\d+/);
  const podSubnet = `10.244.${podIP?.[1]}.0/24`;
  const workerTexts = await Promise.all((await graphNode(page, /^Node node\d/).all()).map((node) => node.innerText()));
  const emptyIP = workerTexts.find((text) => text && !text.includes(podSubnet))?.match(/192\.168\.\d+\.\d+/)?.[0];
  expect(emptyIP).toBeDefined();

  await panel(page).getByLabel('Source').selectOption({ label: 'client 203.0.113.10' });
  await panel(page).getByLabel('Destination').fill(`${emptyIP}:32143`);
  await panel(page).getByRole('button', { name: 'Send' }).click();

  await expect(outcome(page)).toContainText('Dropped');
  await expect(outcome(page)).toContainText('no local endpoints');
  await expect(hops(page)).toContainText('has no local endpoints');
  await expect(panel(page).getByRole('list', { name: 'Outcome counts' })).toContainText('Dropped 1');
  await expect(panel(page).getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 15_000 });
  await page.screenshot({ path: screenshotPath('requests-04-local-policy-dropped') });
});

test('scaling the Deployment to 0 makes the next request refused', async ({ page }) => {
  await openApp(page);
  await panel(page).getByRole('button', { name: 'myapp via ClusterIP' }).click();
  await expect(outcome(page)).toContainText('Delivered');

  // Edit replicas: 3 → 0 in the editor, as a user would: click the line, delete the 3, type 0.
  await editor(page)
    .locator('.cm-line', { hasText: 'replicas: 3' })
    .click({ position: { x: 4, y: 4 } });
  await page.keyboard.press('End');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('0');
  await expect(graphNode(page, /^Pod myapp-/)).toHaveCount(0);

  await panel(page).getByRole('button', { name: 'myapp via ClusterIP' }).click();
  await expect(outcome(page)).toContainText('Refused');
  await expect(outcome(page)).toContainText('has no endpoints');
  // The outcome names the finding behind it, and the finding's line opens the editor there.
  const because = outcome(page).getByRole('list', { name: 'Because' });
  await expect(because).toContainText('SVC_SELECTOR_MATCHES_NOTHING');
  await expect(because).toContainText('replicas: 0');
  await expect(panel(page).getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 15_000 });
  await page.screenshot({ path: screenshotPath('requests-05-scaled-to-zero-refused') });
  await because.getByRole('button', { name: /^Show line \d+ in the editor$/ }).click();
  await expect(editor(page)).toBeFocused();
  await expect(editor(page).locator('.cm-activeLine')).toContainText('selector:');
});
