import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/create-i18n';
import { flowAriaLabels, withEdgeNames } from './aria-labels';

const english = createI18n('en').getFixedT('en', 'canvas');
const chinese = createI18n('zh').getFixedT('zh', 'canvas');
const edge = { id: 'e1', source: 'service/default/web', target: 'endpoints/default/web' };

describe('React Flow’s accessible names', () => {
  it('in English are React Flow’s own', () => {
    const labels = flowAriaLabels(english);
    expect(labels['controls.zoomIn.ariaLabel']).toBe('Zoom In');
    expect(labels['controls.fitView.ariaLabel']).toBe('Fit View');
    expect(labels['controls.ariaLabel']).toBe('Control Panel');
    expect(labels['node.a11yDescription.ariaLiveMessage']({ direction: 'left', x: 10, y: -4 })).toBe('Moved selected node left. New position, x: 10, y: -4');
    expect(withEdgeNames([edge], english)[0]?.ariaLabel).toBe('Edge from service/default/web to endpoints/default/web');
  });

  it('in Chinese are Chinese, keyboard help and moved-node message included', () => {
    const labels = flowAriaLabels(chinese);
    expect(labels['controls.zoomIn.ariaLabel']).toBe('放大');
    expect(labels['controls.zoomOut.ariaLabel']).toBe('缩小');
    expect(labels['controls.fitView.ariaLabel']).toBe('适应视图');
    expect(labels['controls.ariaLabel']).toBe('画布控件');
    expect(labels['node.a11yDescription.keyboardDisabled']).toMatch(/^按 Enter 或空格键选中对象/);
    expect(labels['edge.a11yDescription.default']).toMatch(/连线/);
    expect(labels['node.a11yDescription.ariaLiveMessage']({ direction: 'up', x: 3, y: 4 })).toBe('已将所选对象向上移动。新位置：x: 3，y: 4');
  });

  it('name each edge by the ids of its ends, keeping the edge otherwise as it was', () => {
    const [named] = withEdgeNames([edge], chinese);
    expect(named).toEqual({ ...edge, ariaLabel: '从 service/default/web 到 endpoints/default/web 的连线' });
  });
});
