import type { Diagnostic } from '../diagnostics';
import type { Service, SliceEndpoint } from '../model/types';
import type { DiagnoseContext } from './context';
import { joinList, plural } from './words';

/**
 * Local traffic policies only ever use endpoints on the node the packet is on. The nodes without one
 * DROP the traffic (they never forward to another node), which is the point of Local and also its trap.
 */
function usableEndpoints(endpoints: readonly SliceEndpoint[]): SliceEndpoint[] {
  const ready = endpoints.filter((e) => e.conditions.ready);
  // kube-proxy's fallback when nothing is ready: serving endpoints that are terminating.
  return ready.length > 0 ? ready : endpoints.filter((e) => e.conditions.serving && e.conditions.terminating);
}

export function checkLocalPolicies(ctx: DiagnoseContext, service: Service): Diagnostic[] {
  if (service.type === 'ExternalName' || service.clusterIP === 'None') return [];
  if (service.externalTrafficPolicy !== 'Local' && service.internalTrafficPolicy !== 'Local') return [];
  const usable = usableEndpoints(ctx.slicesOf(service).flatMap((s) => s.endpoints));
  // No endpoint at all is another finding; endpoints without nodeName (hand-written) cannot be placed.
  if (usable.length === 0 || usable.some((e) => e.nodeName === undefined)) return [];
  const local = new Set(usable.map((e) => e.nodeName));
  // Tainted control-plane nodes are left out: kubeadm labels them exclude-from-external-load-balancers
  // and nobody points clients at them, so flagging them would flag every correct DaemonSet + Local setup.
  const nodes = ctx.cluster.nodes.filter((n) => n.ready && n.schedulable);
  const without = nodes.filter((n) => !local.has(n.name));
  const having = joinList([...local].map(String).sort(), 4);
  const out: Diagnostic[] = [];
  const base = { kind: 'Service', meta: service.meta, code: 'SVC_LOCAL_POLICY_NODES_WITHOUT_ENDPOINTS' } as const;

  const nodePorts = service.ports.map((p) => p.nodePort).filter((p) => p > 0);
  const external = nodePorts.length > 0 || service.loadBalancerIngressIPs.length > 0 || service.externalIPs.length > 0;
  if (service.externalTrafficPolicy === 'Local' && external && without.length > 0) {
    const names = joinList(without.map((n) => n.name), 4);
    const ports = nodePorts.length > 0 ? `NodePort ${nodePorts.join(', ')}` : 'the Service';
    const lb = service.type === 'LoadBalancer';
    out.push(
      ctx.finding({
        ...base,
        severity: lb ? 'info' : 'warning',
        fields: ['spec.externalTrafficPolicy'],
        message:
          `externalTrafficPolicy: Local, and only ${having} ${local.size === 1 ? 'has' : 'have'} a ready endpoint. ` +
          `Traffic to ${ports} on ${names} is dropped (${plural(without.length, 'node')} without a local endpoint; Local never forwards to another node)` +
          (lb
            ? `; the cloud load balancer's health check (healthCheckNodePort ${service.healthCheckNodePort || '?'}, /healthz answers 503 there) takes ${without.length === 1 ? 'it' : 'them'} out of rotation.`
            : '.'),
        hint: lb
          ? 'Expected with Local: only nodes running a pod take load-balancer traffic. Spread the pods (or use a DaemonSet) for more capacity; do not send clients to the NodePort directly.'
          : 'Send clients only to nodes that run a pod, run a pod on every node (DaemonSet), or use externalTrafficPolicy: Cluster (the client source IP is then SNATed).',
      }),
    );
  }

  if (service.internalTrafficPolicy === 'Local') {
    const clients = ctx.cluster.pods.filter((p) => !p.meta.system && p.nodeName !== undefined && !local.has(p.nodeName) && p.ip !== undefined);
    const clientNodes = without;
    if (clientNodes.length > 0) {
      const stranded = clients.map((p) => p.meta.name);
      out.push(
        ctx.finding({
          ...base,
          severity: stranded.length > 0 ? 'warning' : 'info',
          fields: ['spec.internalTrafficPolicy'],
          message:
            `internalTrafficPolicy: Local, and only ${having} ${local.size === 1 ? 'has' : 'have'} a ready endpoint. ` +
            `Pods on ${joinList(clientNodes.map((n) => n.name), 4)} calling the clusterIP get their packets dropped` +
            (stranded.length > 0 ? ` (${joinList(stranded, 3)} ${stranded.length === 1 ? 'runs' : 'run'} there).` : '; no pod runs there yet.'),
        hint: 'Use internalTrafficPolicy: Local only when every node with clients also runs an endpoint (a DaemonSet, e.g. a node-local agent); otherwise use Cluster.',
        }),
      );
    }
  }
  return out;
}
