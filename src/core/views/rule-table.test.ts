import { describe, expect, it } from 'vitest';
import { myappClusterIP } from '../../examples/myapp-clusterip';
import { buildCluster } from '../model/build-cluster';
import { buildIptables, findIptablesRule } from '../network/proxy/index';
import { buildNftables, findNftRule } from '../network/proxy/index';
import { ruleTableView } from './rule-table';

const cluster = buildCluster(myappClusterIP);
const linesOf = (text: string): string[] => text.split('\n');

describe('ruleTableView', () => {
  it('tags every iptables-save rule line with the id a trace points at', () => {
    const view = ruleTableView(cluster, 'node1', 'iptables');
    const ruleset = buildIptables(cluster, 'node1');
    const lines = linesOf(view.text);
    const ruleTags = view.tags.filter((t) => t.ruleId);
    expect(ruleTags.length).toBe(ruleset.tables.reduce((n, t) => n + t.chains.reduce((m, c) => m + c.rules.length, 0), 0));
    for (const tag of ruleTags) expect(lines[tag.line]).toBe(findIptablesRule(ruleset, tag.ruleId ?? '')?.saved);
  });

  it('marks the myapp Service\'s chains: their declarations, the KUBE-SERVICES jump and every KUBE-SVC/KUBE-SEP rule', () => {
    const view = ruleTableView(cluster, 'node1', 'iptables');
    const lines = linesOf(view.text);
    const marked = view.tags.filter((t) => t.service === 'default/myapp').map((t) => lines[t.line] ?? '');
    expect(view.services).toContain('default/myapp');
    expect(marked.some((l) => /^:KUBE-SVC-\w+ - \[0:0\]$/.test(l))).toBe(true);
    expect(marked.filter((l) => /^:KUBE-SEP-/.test(l))).toHaveLength(3);
    expect(marked.some((l) => l.startsWith('-A KUBE-SERVICES ') && l.includes('"default/myapp cluster IP"'))).toBe(true);
    expect(marked.filter((l) => l.startsWith('-A KUBE-SEP-'))).toHaveLength(6);
    expect(marked.every((l) => !l.includes('kube-dns'))).toBe(true);
  });

  it('tags nftables rules by their id and the Service chains and map elements by Service', () => {
    const view = ruleTableView(cluster, 'node1', 'nftables');
    const table = buildNftables(cluster, 'node1');
    const lines = linesOf(view.text);
    const ruleTags = view.tags.filter((t) => t.ruleId);
    expect(ruleTags.length).toBe(table.chains.reduce((n, c) => n + c.rules.length, 0));
    for (const tag of ruleTags) expect(lines[tag.line]).toBe(`\t\t${findNftRule(table, tag.ruleId ?? '')?.text}`);
    const marked = view.tags.filter((t) => t.service === 'default/myapp').map((t) => lines[t.line] ?? '');
    expect(marked.some((l) => /^\tchain service-\w+-default\/myapp\/tcp\/ \{$/.test(l))).toBe(true);
    expect(marked.some((l) => l.includes('. tcp . 38080 : goto service-'))).toBe(true);
  });

  it('tags each IPVS virtual server with its real servers, by the id traces use', () => {
    const view = ruleTableView(cluster, 'node1', 'ipvs');
    const svc = cluster.services.find((s) => s.meta.name === 'myapp');
    const lines = linesOf(view.text);
    const tagged = view.tags.filter((t) => t.ruleId === `TCP/${svc?.clusterIP}:38080`);
    expect(tagged).toHaveLength(4);
    expect(lines[tagged[0]?.line ?? 0]).toBe(`TCP  ${svc?.clusterIP}:38080 rr`);
    expect(tagged.every((t) => t.service === 'default/myapp')).toBe(true);
    expect(view.command).toBe('ipvsadm -Ln');
  });
});
