import { expect, test, type Page } from '@playwright/test';
import { myappClusterIP } from '../src/examples/myapp-clusterip';
import { editor, graphNode, openApp, pasteManifests, screenshotPath } from './support/app';
import { bigManifest } from '../src/test-support/big-manifest';

const whatIf = (page: Page, name: string | RegExp) => page.getByRole('toolbar', { name });
/** The status line in the footer (the inspector has a status of its own while a node is selected). */
const footerStatus = (page: Page) => page.getByRole('contentinfo').getByRole('status');

/** Opens the app with the graph given room: the requests panel folded away when there is one. */
async function openWithRoom(page: Page): Promise<void> {
  await openApp(page);
  const hide = page.getByRole('button', { name: 'Hide requests panel' });
  if ((await hide.count()) > 0) await hide.click();
}

/** Two animation frames: CodeMirror and React Flow finish drawing before a screenshot. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

test('scaling myapp to 5 from the graph writes replicas: 5 in the editor and draws 5 pods', async ({ page }) => {
  await openWithRoom(page);
  const deployment = graphNode(page, 'Deployment myapp');
  // Keyboard path: focus the node, Shift+F10 opens its what-ifs.
  await deployment.focus();
  await page.keyboard.press('Shift+F10');
  const bar = whatIf(page, 'What if: myapp');
  await expect(bar.getByRole('button', { name: 'Scale myapp down to 2' })).toBeFocused();

  await bar.getByRole('spinbutton', { name: 'Replicas' }).fill('5');
  await page.keyboard.press('Enter');

  await expect(editor(page)).toContainText('replicas: 5');
  await expect(editor(page)).toContainText('# A Deployment with 3 replicas');
  await expect(graphNode(page, /^Pod myapp-/)).toHaveCount(5);
  await expect(footerStatus(page)).toHaveText(/5 pods \(5 ready\)/);
  await expect(page.getByText(/Deployment myapp scaled from 3 to 5 replicas/)).toBeVisible();

  // The + button applies at once; Ctrl+Z in the editor undoes exactly the what-if.
  await bar.getByRole('button', { name: 'Scale myapp up to 6' }).click();
  await expect(editor(page)).toContainText('replicas: 6');
  await expect(graphNode(page, /^Pod myapp-/)).toHaveCount(6);
  await settle(page);
  await page.screenshot({ path: screenshotPath('whatif-01-scaled') });

  await editor(page).click();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(editor(page)).toContainText('replicas: 5');
  await expect(graphNode(page, /^Pod myapp-/)).toHaveCount(5);
});

test('making a pod unready shows it NotReady and takes it out of the ready Endpoints', async ({ page }) => {
  await openWithRoom(page);
  const pod = graphNode(page, /^Pod myapp-/).first();
  const podName = ((await pod.getAttribute('aria-label')) ?? '').replace('Pod ', '');
  await pod.click();
  await whatIf(page, `What if: ${podName}`).getByRole('button', { name: 'Make unready' }).click();

  await expect(graphNode(page, `Pod ${podName}`)).toContainText('NotReady');
  await expect(editor(page)).toContainText(`svcscope.dev/unready-pods: ${podName}`);
  await expect(footerStatus(page)).toHaveText(/3 pods \(2 ready\)/);
  // The Endpoints keep the address under notReadyAddresses: its edge is drawn dashed.
  const edge = page.getByRole('img', { name: `Edge from endpoints/default/myapp to pod/default/${podName}` });
  await expect(edge).toHaveClass(/edge-unready/);
  await settle(page);
  await page.screenshot({ path: screenshotPath('whatif-02-pod-unready') });

  await whatIf(page, `What if: ${podName}`).getByRole('button', { name: 'Make ready' }).click();
  await expect(graphNode(page, `Pod ${podName}`)).not.toContainText('NotReady');
  await expect(editor(page)).not.toContainText('svcscope.dev/unready-pods');
});

test('switching the Service to NodePort updates the YAML and the graph shows its nodePort', async ({ page }) => {
  await openWithRoom(page);
  await graphNode(page, 'Service myapp').click();
  const bar = whatIf(page, 'What if: myapp');
  await expect(bar.getByRole('combobox', { name: 'externalTrafficPolicy' })).toBeDisabled();
  await bar.getByRole('combobox', { name: 'Type' }).selectOption('NodePort');

  await expect(editor(page)).toContainText('type: NodePort');
  await expect(graphNode(page, 'Service myapp')).toContainText(/38080:3\d{4}\/TCP/);
  await expect(graphNode(page, 'Client client')).toBeVisible();
  await expect(bar.getByRole('combobox', { name: 'externalTrafficPolicy' })).toBeEnabled();
  await bar.getByRole('combobox', { name: 'externalTrafficPolicy' }).selectOption('Local');
  await expect(editor(page)).toContainText('externalTrafficPolicy: Local');
  await settle(page);
  await page.screenshot({ path: screenshotPath('whatif-03-nodeport') });
});

// Known defect, tracked in the issue note: applying a selector from the graph does not reach the editor in this test.
test('a Service with a selector typo carries a finding badge; fixing the selector from the graph clears it', async ({ page }) => {
  await openWithRoom(page);
  await pasteManifests(page, myappClusterIP.replace('  selector:\n    app: myapp\n  type', '  selector:\n    app: myap\n  type'));
  const service = graphNode(page, 'Service myapp');
  await expect(service).toHaveAccessibleDescription(/SVC_SELECTOR_MATCHES_NOTHING/);
  await expect(service.locator('.finding-badge.finding-warning')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Diagnostics' })).toContainText('SVC_SELECTOR_MATCHES_NOTHING');
  await expect(page.locator('.cm-lintRange-warning').first()).toBeVisible();
  await service.hover();
  await settle(page);
  await page.screenshot({ path: screenshotPath('whatif-04-finding-badge') });

  // A request to it is refused, and the outcome says which finding is behind that.
  await page.getByRole('button', { name: 'Show requests panel' }).click();
  const requests = page.getByRole('complementary', { name: 'Requests' });
  await requests.getByRole('button', { name: 'myapp via ClusterIP' }).click();
  const outcome = requests.getByRole('region', { name: 'Request outcome' });
  await expect(outcome).toContainText('Refused');
  await expect(outcome.getByRole('list', { name: 'Because' })).toContainText('SVC_SELECTOR_MATCHES_NOTHING');
  await expect(outcome.getByRole('list', { name: 'Because' })).toContainText('Did you mean app=myapp');
  await page.screenshot({ path: screenshotPath('whatif-04b-refused-because-of-finding') });
  await page.getByRole('button', { name: 'Hide requests panel' }).click();

  await service.click();
  const bar = whatIf(page, 'What if: myapp');
  await bar.getByRole('button', { name: 'Selector…' }).click();
  await bar.getByRole('textbox', { name: 'Selector value 1' }).fill('myapp');
  await bar.getByRole('button', { name: 'Apply selector' }).click();
  await expect(editor(page)).toContainText(/app: myapp\s+type: ClusterIP/);
  await expect(service).not.toHaveAccessibleDescription(/SVC_SELECTOR_MATCHES_NOTHING/);
  await expect(service.locator('.finding-badge.finding-warning')).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Diagnostics' })).not.toContainText('SVC_SELECTOR_MATCHES_NOTHING');

  // Fixed: the same request is delivered, and nothing is named behind it.
  await page.getByRole('button', { name: 'Close inspector' }).click();
  await page.getByRole('button', { name: 'Show requests panel' }).click();
  await requests.getByRole('button', { name: 'myapp via ClusterIP' }).click();
  await expect(outcome).toContainText('Delivered');
  await expect(outcome.getByRole('list', { name: 'Because' })).toHaveCount(0);
});

test('on a generated 300-pod cluster, namespaces fold, replicas stack, and search and filters find the way', async ({ page }) => {
  test.setTimeout(90_000);
  await openWithRoom(page);
  await pasteManifests(page, bigManifest());
  await expect(footerStatus(page)).toHaveText(/300 pods \(300 ready\)/, { timeout: 30_000 });
  // Six namespaces of 50 pods: a card each, and per Node one stack of each namespace's pods.
  await expect(graphNode(page, /^Namespace team-/)).toHaveCount(6);
  await expect(graphNode(page, 'Namespace team-a')).toContainText('50 pods (50 ready)');
  expect(await graphNode(page, /^Pod stack team-/).count()).toBeGreaterThanOrEqual(12);
  await settle(page);
  await page.screenshot({ path: screenshotPath('whatif-05-300-pods-folded') });

  // Search by name finds a Service folded inside its namespace's card.
  const search = page.getByRole('searchbox', { name: 'Search objects by name' });
  await search.fill('c-svc2');
  // The Service in team-c's card first, then the pods named after it in team-c's stacks.
  await expect(page.getByText(/^1 of 4 · c-svc2 is in team-c/)).toBeVisible();
  await expect(page.locator('.react-flow__node.is-search-current')).toHaveAttribute('data-id', 'namespace/team-c');
  await settle(page);
  await page.screenshot({ path: screenshotPath('whatif-06-search') });

  // Open that namespace: its objects are drawn, replicas stacked per Node.
  await graphNode(page, 'Namespace team-c').getByRole('button', { name: 'Show namespace team-c' }).click();
  await expect(graphNode(page, 'Service c-svc2')).toBeVisible();
  await expect(graphNode(page, /^Pod stack c-svc2 ×\d+ on node\d/)).toHaveCount(3);
  await expect(page.locator('.react-flow__node.is-search-current')).toHaveAttribute('data-id', /^[a-z]+\/team-c\/c-svc2$/);
  await settle(page);
  await page.screenshot({ path: screenshotPath('whatif-07-namespace-open') });
  await search.fill('');

  // Filter by label: one app and what leads to it; its stacks open pod by pod.
  await page.getByRole('button', { name: 'Filters' }).click();
  const selector = page.getByRole('textbox', { name: 'Label selector' });
  await selector.fill('app=b-svc1');
  await selector.press('Enter');
  await expect(graphNode(page, 'Service b-svc1')).toBeVisible();
  await expect(graphNode(page, 'Service c-svc2')).toHaveCount(0);
  await expect(graphNode(page, /^Namespace /)).toHaveCount(0);
  await page.getByRole('button', { name: 'Filters' }).click();
  await page.getByRole('button', { name: /^Show the \d+ pods of b-svc1 on node1/ }).click();
  await expect(graphNode(page, /^Pod b-svc1-/).first()).toBeVisible();
  await settle(page);
  await page.screenshot({ path: screenshotPath('whatif-08-label-filter') });

  // Namespaces: untick team-b and it is gone.
  await page.getByRole('button', { name: 'Filters' }).click();
  await selector.fill('');
  await selector.press('Enter');
  await page.getByRole('checkbox', { name: 'team-b' }).uncheck();
  await expect(graphNode(page, 'Namespace team-b')).toHaveCount(0);
  await expect(graphNode(page, 'Namespace team-a')).toBeVisible();
});
