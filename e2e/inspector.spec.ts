import { expect, test, type Page } from '@playwright/test';
import { graphNode, openApp, screenshotPath } from './support/app';

const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });

test('clicking the myapp Service shows kubectl get svc -o wide, describe, YAML and DNS in the inspector', async ({ page }) => {
  await openApp(page);
  await graphNode(page, 'Service myapp').click();

  const panel = inspector(page);
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Service default/myapp' })).toBeVisible();
  await expect(panel.getByRole('tab', { name: 'kubectl' })).toHaveAttribute('aria-selected', 'true');
  const getSvc = panel.getByRole('region', { name: 'kubectl get svc myapp -o wide', exact: true });
  await expect(getSvc).toContainText('38080/TCP');
  await expect(getSvc).toContainText('app=myapp');
  await expect(getSvc).toContainText(/NAME\s+TYPE\s+CLUSTER-IP\s+EXTERNAL-IP\s+PORT\(S\)\s+AGE\s+SELECTOR/);
  await expect(panel.getByRole('region', { name: 'kubectl describe svc myapp', exact: true })).toContainText('Session Affinity:         None');

  // The graph stays in view beside the drawer.
  await expect(graphNode(page, 'Service myapp')).toBeInViewport();
  await page.screenshot({ path: screenshotPath('inspector-service-kubectl') });

  await panel.getByRole('tab', { name: 'kubectl' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(panel.getByRole('tab', { name: 'YAML' })).toHaveAttribute('aria-selected', 'true');
  await expect(panel.getByRole('tab', { name: 'YAML' })).toBeFocused();
  await expect(panel.getByRole('region', { name: 'YAML as pasted', exact: true })).toContainText('targetPort: 8080');
  await expect(panel.getByRole('region', { name: 'YAML with API defaults', exact: true })).toContainText('sessionAffinity: None');
  await expect(panel.getByRole('region', { name: 'YAML with API defaults', exact: true })).toContainText(/clusterIP: 10\.\d+\.\d+\.\d+/);
  await page.screenshot({ path: screenshotPath('inspector-service-yaml') });

  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(panel.getByRole('tab', { name: 'DNS' })).toHaveAttribute('aria-selected', 'true');
  await expect(panel.getByRole('region', { name: 'DNS records', exact: true })).toContainText('myapp.default.svc.cluster.local. 30 IN A');

  // Keyboard: Enter on a focused graph node inspects it; Escape closes the drawer.
  await graphNode(page, 'Deployment myapp').focus();
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('heading', { name: 'Deployment default/myapp' })).toBeVisible();
  await panel.getByRole('tab', { name: 'DNS' }).focus();
  await page.keyboard.press('Escape');
  await expect(inspector(page)).toHaveCount(0);
});

test('clicking a Node shows its iptables-save with the KUBE-SVC- chains and the myapp chain marked', async ({ page }) => {
  await openApp(page);
  // A Node is drawn as a group around its pods: click its caption, not a pod.
  await graphNode(page, 'Node node1').click({ position: { x: 30, y: 12 } });

  const panel = inspector(page);
  await expect(panel.getByRole('heading', { name: 'Node node1' })).toBeVisible();
  await panel.getByRole('tab', { name: 'Rules' }).click();
  const listing = panel.getByRole('region', { name: 'iptables-save on node1', exact: true });
  await expect(listing).toContainText(':KUBE-SVC-');
  await expect(listing).toContainText('-A KUBE-SVC-');
  await expect(panel.getByRole('radio', { name: /iptables/ })).toBeChecked();

  const marked = listing.locator('mark');
  await expect(marked.first()).toBeVisible();
  await expect(marked.filter({ hasText: /^:KUBE-SVC-\w+ - \[0:0\]/ })).not.toHaveCount(0);
  await expect(marked.filter({ hasText: '"default/myapp cluster IP"' })).not.toHaveCount(0);
  await expect(marked.filter({ hasText: 'kube-dns' })).toHaveCount(0);
  await page.screenshot({ path: screenshotPath('inspector-node-rules') });

  // The other modes are one click away.
  await panel.getByRole('radio', { name: /nftables/ }).check();
  await expect(panel.getByRole('region', { name: 'nft list table ip kube-proxy on node1', exact: true })).toContainText('table ip kube-proxy');
  await expect(panel.getByRole('region', { name: 'nft list table ip kube-proxy on node1', exact: true }).locator('mark').filter({ hasText: 'default/myapp' }).first()).toBeVisible();
  await page.screenshot({ path: screenshotPath('inspector-node-nftables') });

  await panel.getByRole('button', { name: 'Close inspector' }).click();
  await expect(inspector(page)).toHaveCount(0);
});

test('selecting a trace hop opens its node\'s rules and marks exactly the rule it matched', async ({ page }) => {
  await openApp(page);
  const requests = page.getByRole('complementary', { name: 'Requests' });
  await requests.getByRole('button', { name: 'myapp via ClusterIP' }).click();
  const dnat = requests.getByRole('list', { name: 'Hops' }).getByRole('listitem').filter({ hasText: 'KUBE-SEP-' }).filter({ hasText: 'DNAT' }).first();
  await dnat.getByRole('button').click();

  const panel = inspector(page);
  await expect(panel.getByRole('tab', { name: 'Rules' })).toHaveAttribute('aria-selected', 'true');
  const hopRule = panel.locator('mark.rule-hop');
  await expect(hopRule).toHaveCount(1);
  await expect(hopRule).toContainText(/^-A KUBE-SEP-\w+ -p tcp -m comment --comment "default\/myapp" -m tcp -j DNAT --to-destination 10\.244\.\d+\.\d+:8080$/);
  await expect(hopRule).toBeInViewport();
  await page.screenshot({ path: screenshotPath('inspector-hop-rule') });
});
