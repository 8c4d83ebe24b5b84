import { expect, test, type Locator, type Page } from '@playwright/test';
import { findExample } from '../src/examples';
import { boxOf, graphNode, pasteManifests, screenshotPath, statusLine } from './support/app';

const myapp = findExample('myapp-clusterip');
const nodePort = findExample('nginx-nodeport');

const lessonButton = (page: Page) => page.getByRole('button', { name: 'Lesson', exact: true });
const card = (page: Page) => page.getByRole('region', { name: 'Lesson', exact: true });
const next = (page: Page) => card(page).getByRole('button', { name: /^Next/ });
const previous = (page: Page) => card(page).getByRole('button', { name: /Previous$/ });
const narration = (page: Page) => card(page).locator('.lesson-narration');
const packetCanvas = (page: Page) => page.locator('canvas.packet-overlay');

/** "Step k of N" → [k, N]. */
async function progress(region: Locator): Promise<[number, number]> {
  const text = (await region.getByText(/^Step \d+ of \d+$/).textContent()) ?? '';
  const [, k = '0', n = '0'] = /Step (\d+) of (\d+)/.exec(text) ?? [];
  return [Number(k), Number(n)];
}

test('a lesson walks the myapp example hop by hop, in step with the packet, in English and Chinese', async ({ page }) => {
  if (!myapp) throw new Error('myapp-clusterip is gone');
  await page.goto(`/?example=${myapp.id}`);
  await expect(graphNode(page, 'Service myapp')).toBeVisible();
  await expect(statusLine(page)).not.toHaveText(/Parsing|Starting/);

  await lessonButton(page).click();
  await expect(lessonButton(page)).toHaveAttribute('aria-pressed', 'true');
  await expect(card(page)).toBeVisible();
  // The example's own introduction, and its request on the canvas and in the request panel.
  await expect(card(page).getByRole('heading')).toHaveText(myapp.title);
  await expect(narration(page)).toContainText('Now node node1 calls 10.96.3.215:38080.');
  await expect(packetCanvas(page)).toHaveAttribute('data-packets', '1');
  const [first, total] = await progress(card(page));
  expect(first).toBe(1);
  expect(total).toBeGreaterThan(8);
  // Focus is on Next: the keyboard can go on at once.
  await expect(next(page)).toBeFocused();
  await expect(previous(page)).toBeDisabled();
  await page.screenshot({ path: screenshotPath('lesson-00-introduction') });

  // Step by step with Next until the DNAT, noting the chains the narration named on the way.
  const named: string[] = [];
  let dnatStep = 0;
  for (let step = 2; step <= total && dnatStep === 0; step++) {
    await next(page).click();
    await expect(card(page).getByText(`Step ${step} of ${total}`)).toBeVisible();
    named.push((await narration(page).textContent()) ?? '');
    if ((await card(page).getByRole('heading').textContent()) === 'DNAT') dnatStep = step;
  }
  expect(dnatStep).toBeGreaterThan(0);
  expect(named.join('\n')).toMatch(/KUBE-SVC-[A-Z0-9]+/);
  await expect(narration(page)).toContainText(/KUBE-SEP-[A-Z0-9]+ rewrites the destination to 10\.244\.\d+\.\d+:8080 \(DNAT\)/);
  // What to look at: the rule that matched, and the header it changed.
  const look = card(page).getByRole('definition');
  await expect(look.filter({ hasText: /^nat\/KUBE-SEP-/ })).toContainText('on node1');
  await expect(card(page).getByRole('term').filter({ hasText: 'Destination' })).toBeVisible();
  await expect(look.filter({ hasText: /10\.96\.3\.215:38080 → 10\.244\.\d+\.\d+:8080/ })).toBeVisible();
  // The player is paused at that hop, the hop is selected in the list, its rule marked in the inspector.
  await expect(page.getByRole('button', { name: /^(Play|播放)$/ }).first()).toBeVisible();
  const hops = page.getByRole('list', { name: /Hops|跳/ });
  await expect(hops.getByRole('button', { pressed: true })).toContainText('KUBE-SEP-');
  await expect(hops.getByRole('button', { pressed: true })).toHaveAttribute('aria-current', 'step');
  await expect(page.getByRole('complementary', { name: /Inspector|检查器/ })).toContainText('KUBE-SEP-');
  // The node the step is about is ringed on the graph.
  await expect(graphNode(page, 'Node node1').locator('.node-group')).toHaveCSS('box-shadow', /rgb/);
  await expect(graphNode(page, 'Node node2').locator('.node-group')).toHaveCSS('box-shadow', 'none');
  // The card is under the graph, not over it: the packet (at the Endpoints) stays in sight.
  const flow = await boxOf(page.locator('.react-flow').first());
  const cardBox = await boxOf(card(page));
  expect(cardBox.y).toBeGreaterThanOrEqual(flow.y + flow.height - 1);
  await page.waitForTimeout(300);
  await page.screenshot({ path: screenshotPath('lesson-01-dnat-step') });

  // Previous goes back one hop, and the keyboard walks too.
  await previous(page).click();
  await expect(card(page).getByText(`Step ${dnatStep - 1} of ${total}`)).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(card(page).getByText(`Step ${dnatStep} of ${total}`)).toBeVisible();
  await expect(card(page).getByRole('heading')).toHaveText('DNAT');

  // The last step gives the result.
  for (let step = dnatStep + 1; step <= total; step++) await next(page).click();
  await expect(card(page).getByText(`Step ${total} of ${total}`)).toBeVisible();
  await expect(card(page).getByRole('heading')).toHaveText('Result');
  await expect(narration(page)).toContainText(/^Delivered: Pod myapp-[a-z0-9]+-[a-z0-9]+ on node\d answers on 10\.244\.\d+\.\d+:8080\.$/);
  await expect(next(page)).toBeDisabled();
  // Still focusable at the last step (aria-disabled): the keyboard stays in the card.
  await expect(next(page)).toBeFocused();
  // Screen readers hear each step through one live region that outlives the steps.
  await expect(card(page).locator('[aria-live="polite"]')).toHaveCount(1);
  await expect(card(page).locator('[aria-live="polite"]')).toContainText(/\S/);

  // Chinese: the narration follows the UI language without a new lesson (the step stays where it was).
  await page.getByRole('combobox', { name: /^Language/ }).selectOption({ label: '简体中文' });
  const zhCard = page.getByRole('region', { name: '分步讲解' });
  await expect(zhCard.getByText(`第 ${total} 步，共 ${total} 步`)).toBeVisible();
  await expect(zhCard.getByRole('heading')).toHaveText('结果');
  await expect(zhCard.locator('.lesson-narration')).toContainText(/^请求送达：node\d 上的 Pod myapp-/);
  for (let step = total - 1; step >= dnatStep; step--) await zhCard.getByRole('button', { name: /上一步/ }).click();
  await expect(zhCard.locator('.lesson-narration')).toContainText(/KUBE-SEP-[A-Z0-9]+ 把目的地址改写为 10\.244\.\d+\.\d+:8080（DNAT）/);
  await expect(zhCard.getByRole('term').filter({ hasText: '目标' })).toBeVisible();
  await page.waitForTimeout(300);
  await page.screenshot({ path: screenshotPath('lesson-02-dnat-step-zh') });

  // Esc leaves the lesson and gives focus back to the button; the request stays on the canvas.
  await page.keyboard.press('Escape');
  await expect(zhCard).toHaveCount(0);
  await expect(page.getByRole('button', { name: '分步讲解', exact: true })).toBeFocused();
  await expect(packetCanvas(page)).toHaveAttribute('data-packets', '1');
});

test('a pasted NodePort manifest (no example) gets a lesson too: a client outside calls the NodePort', async ({ page }) => {
  if (!nodePort) throw new Error('nginx-nodeport is gone');
  await page.goto('/');
  await expect(graphNode(page, 'Service myapp')).toBeVisible();
  await pasteManifests(page, `# pasted by a trainer\n${nodePort.manifests}`);
  await expect(graphNode(page, 'Service my-nginx-app')).toBeVisible();
  await expect(graphNode(page, 'Service myapp')).toHaveCount(0);

  await lessonButton(page).click();
  await expect(card(page).getByRole('heading')).toHaveText('Service my-nginx-app');
  await expect(narration(page)).toContainText(/Now a client outside the cluster calls 192\.168\.\d+\.\d+:32143\./);
  const [, total] = await progress(card(page));
  const titles: string[] = [];
  for (let step = 2; step <= total; step++) {
    await page.keyboard.press('ArrowRight');
    await expect(card(page).getByText(`Step ${step} of ${total}`)).toBeVisible();
    titles.push((await card(page).getByRole('heading').textContent()) ?? '');
    if (titles.at(-1) === 'KUBE-NODEPORTS') {
      await expect(narration(page)).toContainText('matches NodePort 32143');
      await page.waitForTimeout(300);
      await page.screenshot({ path: screenshotPath('lesson-03-pasted-nodeport') });
    }
  }
  expect(titles).toContain('KUBE-NODEPORTS');
  expect(titles).toContain('DNAT');
  expect(titles.at(-1)).toBe('Result');
  await expect(narration(page)).toContainText(/^Delivered: Pod my-nginx-app-/);

  await card(page).getByRole('button', { name: 'Exit lesson' }).click();
  await expect(card(page)).toHaveCount(0);
  await expect(lessonButton(page)).toHaveAttribute('aria-pressed', 'false');
});

test('a cluster without a Service says there is nothing to teach with', async ({ page }) => {
  await page.goto('/');
  await expect(graphNode(page, 'Service myapp')).toBeVisible();
  await pasteManifests(page, 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: lonely\nspec:\n  containers:\n  - name: web\n    image: nginx\n');
  await expect(graphNode(page, 'Service myapp')).toHaveCount(0);
  await lessonButton(page).click();
  await expect(narration(page)).toHaveText(/There is no Service to teach with/);
  await page.keyboard.press('Escape');
  await expect(card(page)).toHaveCount(0);
});
