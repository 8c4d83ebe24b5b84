import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../core';
import { CARD_METRICS, estimateCardSize, estimateEmptyGroupSize, groupContentTop, type TextMeasure } from './node-size';

const base: GraphNode = { id: 'x', kind: 'service', label: 'myapp', namespace: 'default', details: [], status: 'ok', system: false };
const node: GraphNode = { ...base, kind: 'node', label: 'node1', namespace: '', details: ['192.168.49.3', '10.244.1.0/24', 'zone-a'] };

describe('estimateCardSize', () => {
  it('grows one detail line per detail', () => {
    const none = estimateCardSize(base);
    const three = estimateCardSize({ ...base, details: ['ClusterIP', '10.96.3.215', '38080/TCP'] });
    expect(three.height - none.height).toBe(3 * CARD_METRICS.detailLineHeight);
  });

  it('keeps short cards at the minimum width and caps very long names', () => {
    expect(estimateCardSize(base).width).toBe(CARD_METRICS.minWidth);
    expect(estimateCardSize({ ...base, label: 'x'.repeat(200) }).width).toBe(CARD_METRICS.maxWidth);
  });

  it('is as wide as the widest text the measure reports, plus padding and border', () => {
    const measure: TextMeasure = { labelWidth: () => 200, detailWidth: () => 100 };
    const { width } = estimateCardSize({ ...base, details: ['a'] }, measure);
    expect(width).toBe(200 + 2 * CARD_METRICS.paddingX + CARD_METRICS.extraLeftBorder + 4);
  });
});

describe('Node groups', () => {
  it('puts pods below a title of caption, name, IP line and facts line', () => {
    const m = CARD_METRICS;
    expect(groupContentTop(node)).toBe(2 * m.paddingY + m.captionLineHeight + m.labelLineHeight + 2 * m.detailLineHeight + 4);
  });

  it('an empty group is wide enough for its longest title line and tall enough for its title', () => {
    const measure: TextMeasure = { labelWidth: () => 40, detailWidth: (text) => text.length * 10 };
    const size = estimateEmptyGroupSize(node, measure);
    expect(size.width).toBeGreaterThanOrEqual('10.244.1.0/24 · zone-a'.length * 10);
    expect(size.height).toBeGreaterThan(groupContentTop(node));
  });
});
