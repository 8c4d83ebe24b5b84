import { describe, expect, it } from 'vitest';
import { buildCluster } from '../../core';
import { myappClusterIP } from '../../examples/myapp-clusterip';
import { drawView } from './drawn-view';

const typo = myappClusterIP.replace('  selector:\n    app: myapp\n  type', '  selector:\n    app: myap\n  type');

describe('the drawn view', () => {
  it('carries the findings engine’s findings with the node each belongs on', () => {
    const view = drawView(buildCluster(typo), typo, { showSystemObjects: false });
    const index = view.diagnostics.findIndex((d) => d.code === 'SVC_SELECTOR_MATCHES_NOTHING');
    expect(index).toBeGreaterThanOrEqual(0);
    expect(view.diagnostics[index]?.line).toBe(typo.split('\n').indexOf('    app: myap') + 1);
    expect(view.diagnosticNodeIds[index]).toBe('service/default/myapp');
    expect(view.diagnosticNodeIds).toHaveLength(view.diagnostics.length);
  });

  it('stacks nine replicas into one card per Node and points a pod’s finding at its stack', () => {
    const nine = myappClusterIP.replace('replicas: 3', 'replicas: 9');
    const view = drawView(buildCluster(nine), nine, { showSystemObjects: false });
    expect(Object.values(view.stacks).map((s) => s.podNames.length)).toEqual([3, 3, 3]);
    expect(view.graph.nodes.filter((n) => n.kind === 'pod')).toHaveLength(3);
    const opened = Object.keys(view.stacks)[0] ?? '';
    const again = drawView(buildCluster(nine), nine, { showSystemObjects: false, expandedStacks: [opened] });
    expect(again.graph.nodes.filter((n) => n.kind === 'pod')).toHaveLength(5);
  });

  it('lists the namespaces to filter by, and says when a label filter cannot be read', () => {
    const view = drawView(buildCluster(myappClusterIP), myappClusterIP, { showSystemObjects: false, labelSelector: 'app in web' });
    expect(view.namespaces).toEqual(['default']);
    expect(view.viewProblem).toMatch(/Label filter not applied/);
    expect(view.graph.nodes.some((n) => n.kind === 'service')).toBe(true);
  });
});
