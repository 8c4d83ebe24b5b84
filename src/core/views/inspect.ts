import type { ObjectRef } from '../diagnostics';
import type { Cluster, Pod, ProxyMode } from '../model/types';
import { labelsMatch } from '../model/read/selector';
import { dnsNamesFor } from './dns-names';
import { findObject, type FoundObject } from './find-object';
import { graphTarget } from './graph-target';
import { kubectlDescribeService } from './kubectl-describe-service';
import { endpointsOf, kubectlGetEndpointSlices, kubectlGetEndpoints, slicesOf } from './kubectl-endpoints';
import { kubectlGetIngresses, kubectlGetNodes } from './kubectl-nodes';
import { kubectlGetPods } from './kubectl-pods';
import { kubectlGetServices } from './kubectl-services';
import { formatLabels, namespaceFlag } from './kubectl-table';
import { formatLabelSelector, kubectlGetWorkloads } from './kubectl-workloads';
import type { ManifestIndex } from './manifest-index';
import { objectYaml } from './object-yaml';
import { ruleTableView, type RuleTableView } from './rule-table';

export interface KubectlView {
  /** The command as typed, e.g. `kubectl get svc myapp -o wide`. */
  readonly command: string;
  /** What kubectl prints. */
  readonly text: string;
}

/** Everything the inspector shows about one graph node. */
export interface InspectResult {
  readonly title: string;
  readonly kind: string;
  /** The object's text as pasted; absent for objects svcscope made (pods of a Deployment, system Services). */
  readonly sourceYaml?: string;
  /** 1-based line where the object starts in the text. */
  readonly sourceLine?: number;
  /** The object as `kubectl get -o yaml` would show it. */
  readonly defaultedYaml: string;
  readonly views: readonly KubectlView[];
  /** Zone-file lines CoreDNS serves about the object. */
  readonly dns: readonly string[];
  /** For a Node its kube-proxy rules; for a Service the rules of one node (its chains are tagged). */
  readonly rules?: RuleTableView;
}

export interface InspectOptions {
  readonly manifests?: ManifestIndex;
  /** Which listing: default the cluster's kube-proxy mode, and for a Service the first worker node. */
  readonly rules?: { readonly mode?: ProxyMode; readonly node?: string };
}

const byName = (a: Pod, b: Pod): number =>
  a.meta.namespace === b.meta.namespace ? (a.meta.name < b.meta.name ? -1 : a.meta.name > b.meta.name ? 1 : 0) : a.meta.namespace < b.meta.namespace ? -1 : 1;

/** kubectl lists what the API server returns: objects sorted by namespace, then name. */
function podsView(cluster: Cluster, namespace: string, selector: string, pods: readonly Pod[]): KubectlView {
  const command = `kubectl get pods${namespaceFlag(namespace)} -l ${selector} -o wide`;
  if (pods.length === 0) return { command, text: `No resources found in ${namespace} namespace.\n` };
  return { command, text: kubectlGetPods(cluster, { pods: [...pods].sort(byName), wide: true }) };
}

function viewsOf(cluster: Cluster, found: FoundObject): KubectlView[] {
  switch (found.type) {
    case 'Service': {
      const svc = found.object;
      const { name, namespace } = svc.meta;
      const ns = namespaceFlag(namespace);
      const endpoints = endpointsOf(cluster, svc);
      const slices = slicesOf(cluster, svc);
      const views: KubectlView[] = [
        { command: `kubectl get svc ${name}${ns} -o wide`, text: kubectlGetServices(cluster, { services: [svc], wide: true }) },
        { command: `kubectl describe svc ${name}${ns}`, text: kubectlDescribeService(cluster, svc) },
        {
          command: `kubectl get endpoints ${name}${ns}`,
          text: endpoints ? kubectlGetEndpoints(cluster, [endpoints]) : `Error from server (NotFound): endpoints "${name}" not found\n`,
        },
        {
          command: `kubectl get endpointslices${ns} -l kubernetes.io/service-name=${name}`,
          text: slices.length > 0 ? kubectlGetEndpointSlices(cluster, slices) : `No resources found in ${namespace} namespace.\n`,
        },
      ];
      const selector = svc.selector;
      if (selector && Object.keys(selector).length > 0) {
        const pods = cluster.pods.filter((p) => p.meta.namespace === namespace && labelsMatch(selector, p.meta.labels));
        views.push(podsView(cluster, namespace, formatLabels(selector), pods));
      }
      return views;
    }
    case 'Endpoints': {
      const e = found.object;
      const ns = namespaceFlag(e.meta.namespace);
      const slices = cluster.endpointSlices.filter((s) => s.meta.namespace === e.meta.namespace && s.serviceName === e.meta.name);
      return [
        { command: `kubectl get endpoints ${e.meta.name}${ns}`, text: kubectlGetEndpoints(cluster, [e]) },
        {
          command: `kubectl get endpointslices${ns} -l kubernetes.io/service-name=${e.meta.name}`,
          text: slices.length > 0 ? kubectlGetEndpointSlices(cluster, slices) : `No resources found in ${e.meta.namespace} namespace.\n`,
        },
      ];
    }
    case 'EndpointSlice':
      return [{ command: `kubectl get endpointslice ${found.object.meta.name}${namespaceFlag(found.object.meta.namespace)}`, text: kubectlGetEndpointSlices(cluster, [found.object]) }];
    case 'Pod':
      return [{ command: `kubectl get pod ${found.object.meta.name}${namespaceFlag(found.object.meta.namespace)} -o wide`, text: kubectlGetPods(cluster, { pods: [found.object], wide: true }) }];
    case 'Workload':
    case 'OwnedReplicaSet': {
      const w = found.object;
      const owned = found.type === 'OwnedReplicaSet';
      const short = owned ? 'rs' : { Deployment: 'deploy', ReplicaSet: 'rs', StatefulSet: 'sts', DaemonSet: 'ds' }[w.kind];
      const name = owned ? (w.replicaSetName ?? w.meta.name) : w.meta.name;
      const pods = cluster.pods.filter((p) => p.meta.namespace === w.meta.namespace && p.workload?.kind === w.kind && p.workload.name === w.meta.name);
      const labels = owned ? { ...w.selector, matchLabels: { ...w.selector.matchLabels, 'pod-template-hash': w.podTemplateHash ?? '' } } : w.selector;
      return [
        { command: `kubectl get ${short} ${name}${namespaceFlag(w.meta.namespace)} -o wide`, text: kubectlGetWorkloads(cluster, [w], { replicaSetOf: owned }) },
        podsView(cluster, w.meta.namespace, formatLabelSelector(labels), pods),
      ];
    }
    case 'Node': {
      const node = found.object;
      const pods = cluster.pods.filter((p) => p.nodeName === node.name).sort(byName);
      const command = `kubectl get pods -A -o wide --field-selector spec.nodeName=${node.name}`;
      return [
        { command: `kubectl get node ${node.name}`, text: kubectlGetNodes(cluster, [node]) },
        { command, text: pods.length > 0 ? kubectlGetPods(cluster, { pods, wide: true, allNamespaces: true }) : 'No resources found\n' },
      ];
    }
    case 'Ingress':
      return [{ command: `kubectl get ingress ${found.object.meta.name}${namespaceFlag(found.object.meta.namespace)}`, text: kubectlGetIngresses(cluster, [found.object]) }];
  }
}

function rulesOf(cluster: Cluster, found: FoundObject, options: InspectOptions): RuleTableView | undefined {
  const mode = options.rules?.mode ?? cluster.settings.proxyMode;
  if (found.type === 'Node') return ruleTableView(cluster, found.object.name, mode);
  if (found.type !== 'Service') return undefined;
  const asked = options.rules?.node;
  const node = cluster.nodes.find((n) => n.name === asked) ?? cluster.nodes.find((n) => n.schedulable) ?? cluster.nodes[0];
  return node ? ruleTableView(cluster, node.name, mode) : undefined;
}

function titleOf(ref: ObjectRef): string {
  return ref.namespace ? `${ref.kind} ${ref.namespace}/${ref.name}` : `${ref.kind} ${ref.name}`;
}

/** The inspector's content for a graph node id; undefined when the cluster has no such object (any more). */
export function inspectGraphNode(cluster: Cluster, nodeId: string, options: InspectOptions = {}): InspectResult | undefined {
  const target = graphTarget(nodeId);
  if (!target) return undefined;
  if (target.type === 'client') {
    return {
      title: 'Client outside the cluster',
      kind: 'Client',
      defaultedYaml: `# Not a Kubernetes object: the client svcscope sends outside requests from.\n# Its address is ${cluster.settings.externalClientIP}.\n`,
      views: [],
      dns: [],
    };
  }
  const found = findObject(cluster, target.ref);
  if (!found) return undefined;
  const location = found.type === 'OwnedReplicaSet' ? undefined : found.object.meta.source.location;
  const sourceYaml = objectYaml(cluster, target.ref, { defaults: false, ...(options.manifests ? { manifests: options.manifests } : {}) });
  const rules = rulesOf(cluster, found, options);
  return {
    title: titleOf(target.ref),
    kind: target.ref.kind,
    ...(sourceYaml !== undefined ? { sourceYaml, ...(location ? { sourceLine: location.line } : {}) } : {}),
    defaultedYaml: objectYaml(cluster, target.ref, { defaults: true, ...(options.manifests ? { manifests: options.manifests } : {}) }) ?? '',
    views: viewsOf(cluster, found),
    dns: dnsNamesFor(cluster, target.ref),
    ...(rules ? { rules } : {}),
  };
}
