import { expect, test, type Page } from '@playwright/test';
import { myappClusterIP } from '../src/examples/myapp-clusterip';
import { bigManifest } from '../src/test-support/big-manifest';
import { graphNode, openApp, screenshotPath, statusLine } from './support/app';

/**
 * The UI in 简体中文: switched from the toolbar, kept across a reload, chosen from the browser's language or
 * from `?lang=zh`, and in the embedded player. Controls are found by their Chinese roles and names, as a
 * Chinese reader (or screen reader) meets them; object names, IPs and Kubernetes kinds stay as written.
 */

/** Its name says "Language" in both languages (with 语言 beside it): findable whatever the page speaks. */
const languageSelect = (page: Page) => page.getByRole('combobox', { name: /Language/ });
const requestsPanel = (page: Page) => page.getByRole('complementary', { name: '请求' });
const player = (page: Page) => requestsPanel(page).getByRole('group', { name: '播放器' });

/** Opens a page that should speak Chinese from the start, waiting for the first graph. */
async function openChinese(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(graphNode(page, 'Service myapp')).toBeVisible();
}

/** support/app's pasteManifests, for the editor under its Chinese name. */
async function pasteIntoChineseEditor(page: Page, text: string): Promise<void> {
  const editor = page.getByRole('textbox', { name: '清单' });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await editor.evaluate((element, pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/** Two animation frames: React Flow and the packet layer finish drawing before a screenshot. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

async function expectChineseFrame(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { name: '清单' })).toBeVisible();
  await expect(page.getByRole('region', { name: '集群图' })).toBeVisible();
  await expect(requestsPanel(page).getByRole('button', { name: '发送', exact: true })).toBeVisible();
}

test('choosing 简体中文 in the toolbar translates the controls, the canvas, the what-ifs and the findings', async ({ page }) => {
  await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await languageSelect(page).selectOption('zh');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(languageSelect(page)).toHaveValue('zh');

  // The toolbar and the panes.
  await expect(page.getByRole('combobox', { name: '示例', exact: true })).toBeVisible();
  await expect(page.getByRole('combobox', { name: '工作节点', exact: true })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: '系统对象' })).toBeVisible();
  const shareAndExport = page.getByRole('group', { name: '分享与导出' });
  await expect(shareAndExport.getByRole('button', { name: '分享' })).toBeVisible();
  await expect(shareAndExport.getByRole('button', { name: '导出' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '清单' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^问题/ })).toBeVisible();
  await expect(page.getByRole('region', { name: '集群图' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Manifests' })).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: '清单' })).toBeVisible();

  // The request panel and its player.
  const panel = requestsPanel(page);
  await expect(panel.getByLabel('源', { exact: true })).toBeVisible();
  await expect(panel.getByLabel('目标', { exact: true })).toBeVisible();
  await expect(panel.getByRole('button', { name: '发送', exact: true })).toBeVisible();
  await expect(panel.getByRole('button', { name: '持续发送', exact: true })).toBeVisible();
  await expect(player(page).getByRole('button', { name: '播放' })).toBeVisible();
  await expect(player(page).getByRole('button', { name: '上一跳' })).toBeVisible();
  await expect(player(page).getByRole('button', { name: '下一跳' })).toBeVisible();

  // The canvas: cards' facts, React Flow's own controls and edge names. Kinds keep their English names.
  await expect(graphNode(page, 'Deployment myapp')).toContainText('3/3 就绪');
  await expect(graphNode(page, /^Pod myapp-/).first()).toContainText('就绪');
  await expect(graphNode(page, /^Pod myapp-/).first()).not.toContainText('Ready');
  await expect(page.getByRole('button', { name: '放大' })).toBeVisible();
  await expect(page.getByRole('button', { name: '缩小' })).toBeVisible();
  await expect(page.getByRole('button', { name: '适应视图' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Zoom In' })).toHaveCount(0);
  await expect(graphNode(page, /^Pod myapp-/).first()).toHaveAccessibleDescription(/^按 Enter 或空格键选中对象/);
  await expect(page.getByRole('img', { name: /^从 service\/default\/myapp 到 endpoints\/default\/myapp 的连线$/ })).toHaveCount(1);

  // A Service: the inspector's tabs and the what-if bar.
  await graphNode(page, 'Service myapp').click();
  const inspector = page.getByRole('complementary', { name: '检查器' });
  await expect(inspector.getByRole('tablist', { name: '检查器视图' })).toBeVisible();
  for (const tab of ['YAML', 'kubectl', 'DNS', '规则']) await expect(inspector.getByRole('tab', { name: tab, exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: '关闭检查器' })).toBeVisible();
  const serviceBar = page.getByRole('toolbar', { name: '假设：myapp' });
  await expect(serviceBar).toContainText('假设');
  await expect(serviceBar).toContainText('Service myapp');
  await expect(serviceBar.getByRole('combobox', { name: '类型' })).toBeVisible();
  await expect(serviceBar.getByRole('button', { name: '选择算符…' })).toBeVisible();

  // A what-if done in Chinese, and its message in Chinese.
  await graphNode(page, 'Deployment myapp').click();
  const deploymentBar = page.getByRole('toolbar', { name: '假设：myapp' });
  await expect(deploymentBar).toContainText('Deployment myapp');
  await deploymentBar.getByRole('button', { name: '将 myapp 扩容到 4 个副本' }).click();
  await expect(page.getByText(/^Deployment myapp 的副本数已从 3 改为 4 · 清单第 \d+ 行$/)).toBeVisible();
  await expect(graphNode(page, 'Deployment myapp')).toContainText('4/4 就绪');
  await settle(page);
  await page.screenshot({ path: screenshotPath('i18n-01-zh-whatif') });
  await page.getByRole('button', { name: '关闭这条假设操作的消息' }).click();
  await page.getByRole('button', { name: '关闭检查器' }).click();

  // A finding: its severity and headline in Chinese, the core's message after it.
  await pasteIntoChineseEditor(
    page,
    myappClusterIP.replace('  selector:\n    app: myapp\n  type: ClusterIP', '  selector:\n    app: nothing\n  type: ClusterIP'),
  );
  const finding = page.getByRole('list', { name: '诊断' }).getByRole('listitem').filter({ hasText: 'SVC_SELECTOR_MATCHES_NOTHING' });
  await expect(finding).toContainText('选择算符没有匹配任何 Pod');
  await expect(finding.locator('.severity')).toHaveText('警告');
  await expect(page.getByRole('heading', { name: /^问题/ })).toContainText('1 个警告');
  await expect(graphNode(page, 'Endpoints myapp')).toContainText('（无地址）');
  // The chip stays one line: Chinese has no spaces to wrap at.
  const chip = await finding.locator('.severity').boundingBox();
  expect(chip && chip.height < 24).toBe(true);
  await settle(page);
  await page.screenshot({ path: screenshotPath('i18n-02-zh-finding') });
});

test('the chosen language survives a reload, and English comes back the same way', async ({ page }) => {
  await openApp(page);
  await languageSelect(page).selectOption('zh');
  await expect(page.getByRole('heading', { name: '清单' })).toBeVisible();
  await page.reload();
  await expect(graphNode(page, 'Service myapp')).toBeVisible();
  await expectChineseFrame(page);
  await expect(languageSelect(page)).toHaveValue('zh');

  await languageSelect(page).selectOption('en');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Manifests' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test.describe('a browser set to Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('opens in Chinese with nothing saved, until the reader picks English', async ({ page }) => {
    await openChinese(page, '/');
    await expect(statusLine(page)).toHaveText(/3 个 Pod（3 个就绪）/);
    expect(await page.evaluate(() => localStorage.getItem('svcscope.language'))).toBeNull();
    await expectChineseFrame(page);
    await expect(languageSelect(page)).toHaveValue('zh');

    // A saved choice wins over the browser's language.
    await languageSelect(page).selectOption('en');
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Manifests' })).toBeVisible();
  });
});

test('?lang=zh opens Chinese for that page without saving it', async ({ page }) => {
  await openChinese(page, '/?lang=zh');
  await expectChineseFrame(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Manifests' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('?embed=1&lang=zh shows the embedded player in Chinese; a Chinese author’s Embed snippet carries lang=zh', async ({ page }) => {
  await openChinese(page, '/?embed=1&lang=zh');
  const embedded = page.getByRole('group', { name: '播放器' });
  await expect(embedded.getByRole('button', { name: '播放' })).toBeVisible();
  await expect(page.getByLabel('源', { exact: true })).toBeVisible();
  await expect(page.getByLabel('目标', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: '发送', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: '在 svcscope 中打开' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: '清单' })).toHaveCount(0);
  await expect(graphNode(page, 'Deployment myapp')).toContainText('3/3 就绪');
  await page.setViewportSize({ width: 720, height: 480 });
  await page.getByRole('button', { name: '发送', exact: true }).click();
  await expect(page.locator('canvas.packet-overlay')).toHaveAttribute('data-packets', '1');
  await page.waitForTimeout(1500);
  await embedded.getByRole('button', { name: '暂停' }).click();
  await page.screenshot({ path: screenshotPath('i18n-06-zh-embed-720x480') });
  await page.setViewportSize({ width: 1280, height: 720 });

  // An author writing in Chinese embeds a player that speaks Chinese.
  await openApp(page);
  await languageSelect(page).selectOption('zh');
  await page.getByRole('group', { name: '分享与导出' }).getByRole('button', { name: '分享' }).click();
  await page.getByRole('menuitem', { name: '嵌入…' }).click();
  const dialog = page.getByRole('dialog', { name: '嵌入此场景' });
  const code = dialog.getByRole('textbox', { name: '嵌入代码' });
  await expect(code).toHaveValue(/^<iframe src="[^"]+\?embed=1&amp;autoplay=1&amp;lang=zh#s=[A-Za-z0-9_-]+"/);
  const src = /src="([^"]+)"/.exec(await code.inputValue())?.[1]?.replaceAll('&amp;', '&');
  if (!src) throw new Error('no src in the snippet');
  await page.keyboard.press('Escape');
  // The snippet's address opens the player in Chinese even in a browser whose saved choice is English.
  await languageSelect(page).selectOption('en');
  await page.goto(src);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('group', { name: '播放器' })).toBeVisible();
});

test('the whole app in Chinese after a Send, at 1280×720 and 1920×1080', async ({ page }) => {
  await openApp(page);
  await languageSelect(page).selectOption('zh');
  const panel = requestsPanel(page);
  await panel.getByRole('button', { name: '经 ClusterIP 访问 myapp' }).click();
  await expect(page.locator('canvas.packet-overlay')).toHaveAttribute('data-packets', '1');
  const hops = panel.getByRole('list', { name: '各跳' });
  await expect(hops.getByRole('listitem').first()).toBeVisible();
  // Paused on the DNAT hop: the packet's label on the canvas, the hop list and the inspector at once.
  const dnat = hops.getByRole('listitem').filter({ hasText: 'KUBE-SEP-' }).filter({ hasText: 'DNAT' }).first();
  await dnat.getByRole('button').click();
  await expect(player(page).getByRole('button', { name: '播放' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: '检查器' })).toContainText('KUBE-SEP-');
  // Hop kinds are chips: one line each.
  for (const chip of await hops.locator('.hop-kind').all()) expect((await chip.boundingBox())?.height ?? 99).toBeLessThan(24);
  // Send and Stream keep their words on one line.
  for (const name of ['发送', '持续发送']) expect((await panel.getByRole('button', { name, exact: true }).boundingBox())?.height ?? 99).toBeLessThan(40);
  await settle(page);
  await page.screenshot({ path: screenshotPath('i18n-03-zh-1280x720-sent') });

  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.waitForTimeout(300);
  await settle(page);
  await page.screenshot({ path: screenshotPath('i18n-04-zh-1920x1080-sent') });

  // Played to the end: the outcome in Chinese.
  await page.getByRole('button', { name: '关闭检查器' }).click();
  await player(page).getByRole('button', { name: '播放' }).click();
  await expect(player(page).getByRole('button', { name: '暂停' })).toBeVisible();
  await expect(player(page).getByRole('button', { name: '播放' })).toBeVisible({ timeout: 15_000 });
  await expect(panel.getByRole('region', { name: '请求结果' })).toContainText(/已送达 node\d 上的 myapp-/);
  await settle(page);
  await page.screenshot({ path: screenshotPath('i18n-05-zh-1920x1080-delivered') });
});

test('a folded 300-pod cluster’s namespace cards and pod stacks count in Chinese', async ({ page }) => {
  test.setTimeout(90_000);
  await openChinese(page, '/?lang=zh');
  await page.getByRole('button', { name: '隐藏请求面板' }).click();
  await pasteIntoChineseEditor(page, bigManifest());
  await expect(page.getByRole('contentinfo').getByRole('status')).toHaveText(/300 个 Pod（300 个就绪）/, { timeout: 30_000 });
  const card = graphNode(page, '命名空间 team-a');
  await expect(card).toContainText('5 个 Service，5 个工作负载');
  await expect(card).toContainText('50 个 Pod（50 个就绪）');
  await expect(card.getByRole('button', { name: '展开命名空间 team-a' })).toBeVisible();
  await expect(graphNode(page, /^node\d 上的 Pod 堆叠 team-/).first()).toContainText(/\d+\/\d+ 就绪/);
  await expect(page.getByText(/pods \(|ready/)).toHaveCount(0);
  await settle(page);
  await page.screenshot({ path: screenshotPath('i18n-07-zh-300-pods-folded') });
});
