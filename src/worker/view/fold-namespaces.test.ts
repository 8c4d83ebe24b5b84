import { describe, expect, it } from 'vitest';
import { buildCluster } from '../../core';
import { bigManifest } from '../../test-support/big-manifest';
import { drawView } from './drawn-view';

const text = bigManifest();
const cluster = buildCluster(text);

describe('folding namespaces of a big cluster', () => {
  it('draws each namespace as one card and its pods as one stack per Node', () => {
    const view = drawView(cluster, text, { showSystemObjects: false });
    const cards = view.graph.nodes.filter((n) => n.kind === 'namespace');
    expect(cards.map((n) => n.label)).toEqual(['team-a', 'team-b', 'team-c', 'team-d', 'team-e', 'team-f']);
    expect(cards[0]?.details).toEqual(['5 services · 5 workloads', '50 pods (50 ready)', 'Show namespace']);
    expect(view.graph.nodes.length).toBeLessThan(40);
    const stacks = Object.values(view.stacks);
    expect(stacks.every((s) => s.workload.kind === 'Namespace')).toBe(true);
    expect(stacks.reduce((n, s) => n + s.podNames.length, 0)).toBe(300);
    expect(view.namespaceSummaries['namespace/team-c']?.memberNames).toContain('c-svc2');
  });

  it('joins the card to its stacks by one edge each, and to nothing inside itself', () => {
    const view = drawView(cluster, text, { showSystemObjects: false });
    const fromCard = view.graph.edges.filter((e) => e.source === 'namespace/team-a');
    expect(fromCard.map((e) => e.target).every((t) => t.startsWith('stack/') && t.includes('/team-a/Namespace/'))).toBe(true);
    expect(new Set(fromCard.map((e) => e.target)).size).toBe(fromCard.length);
    expect(view.graph.edges.some((e) => e.source === e.target)).toBe(false);
    const ids = new Set(view.graph.nodes.map((n) => n.id));
    expect(view.graph.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
  });

  it('an opened namespace is drawn object by object, with its replicas stacked', () => {
    const view = drawView(cluster, text, { showSystemObjects: false, expandedNamespaces: ['team-b'] });
    expect(view.graph.nodes.some((n) => n.id === 'service/team-b/b-svc1')).toBe(true);
    expect(view.graph.nodes.some((n) => n.id === 'namespace/team-b')).toBe(false);
    expect(view.graph.nodes.filter((n) => n.kind === 'namespace')).toHaveLength(5);
  });

  it('a namespace filter leaves one namespace, which is never folded', () => {
    const view = drawView(cluster, text, { showSystemObjects: false, namespaces: ['team-d'] });
    expect(view.graph.nodes.some((n) => n.kind === 'namespace')).toBe(false);
    expect(view.graph.nodes.some((n) => n.id === 'deployment/team-d/d-svc0')).toBe(true);
  });

  it('a finding about a folded object lands on its namespace card', () => {
    const typo = text.replace('  selector: {app: c-svc2}\n', '  selector: {app: c-svc22}\n');
    const view = drawView(buildCluster(typo), typo, { showSystemObjects: false });
    const index = view.diagnostics.findIndex((d) => d.code === 'SVC_SELECTOR_MATCHES_NOTHING');
    expect(view.diagnosticNodeIds[index]).toBe('namespace/team-c');
  });
});
