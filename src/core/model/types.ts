import type { Diagnostic, SourceLocation } from '../diagnostics';

/**
 * The cluster model: Kubernetes objects after API defaulting, allocation, scheduling and the
 * endpoints controllers. Field names follow the Kubernetes API so that people recognise them.
 */
export type Protocol = 'TCP' | 'UDP' | 'SCTP';
export type Labels = Readonly<Record<string, string>>;

export interface Source {
  /** Where the object starts in the user's text; absent for objects svcscope made (pods of a Deployment, system services). */
  readonly location?: SourceLocation;
  /** 0-based document (or List item) order in the text; creation order for env vars and allocation. */
  readonly order: number;
}

export interface ObjectMeta {
  readonly name: string;
  /** Empty for cluster-scoped kinds (Node, IngressClass, Namespace). */
  readonly namespace: string;
  readonly uid: string;
  readonly labels: Labels;
  readonly annotations: Labels;
  readonly source: Source;
  /** True for objects every cluster has (default/kubernetes, kube-dns, CoreDNS pods) that the user did not paste. */
  readonly system: boolean;
}

export interface LabelSelector {
  readonly matchLabels: Labels;
  readonly matchExpressions: readonly LabelSelectorRequirement[];
}

export interface LabelSelectorRequirement {
  readonly key: string;
  readonly operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
  readonly values: readonly string[];
}

export interface ContainerPort {
  readonly name?: string;
  readonly containerPort: number;
  readonly protocol: Protocol;
  readonly hostPort?: number;
}

export interface Container {
  readonly name: string;
  readonly image: string;
  readonly ports: readonly ContainerPort[];
}

export interface PodSpecSummary {
  readonly containers: readonly Container[];
  readonly nodeSelector: Labels;
  readonly nodeName?: string;
  readonly hostname?: string;
  readonly subdomain?: string;
  readonly hostNetwork: boolean;
  readonly enableServiceLinks: boolean;
  readonly dnsPolicy: 'ClusterFirst' | 'ClusterFirstWithHostNet' | 'Default' | 'None';
}

export interface PodTemplate {
  readonly labels: Labels;
  readonly annotations: Labels;
  readonly spec: PodSpecSummary;
}

export type PodPhase = 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Unknown';

export interface OwnerRef {
  readonly kind: string;
  readonly name: string;
}

export interface Pod {
  readonly meta: ObjectMeta;
  readonly spec: PodSpecSummary;
  readonly nodeName?: string;
  readonly ip?: string;
  readonly hostIP?: string;
  readonly phase: PodPhase;
  /** The pod's Ready condition. */
  readonly ready: boolean;
  /** deletionTimestamp is set. */
  readonly terminating: boolean;
  readonly owner?: OwnerRef;
  /** The workload (Deployment, StatefulSet, DaemonSet, ReplicaSet) that this pod stands for, if any. */
  readonly workload?: OwnerRef;
  /** True when the pod was read from the text (a cluster dump), false when svcscope made it for a workload. */
  readonly fromManifest: boolean;
}

export type WorkloadKind = 'Deployment' | 'ReplicaSet' | 'StatefulSet' | 'DaemonSet';

export interface Workload {
  readonly meta: ObjectMeta;
  readonly kind: WorkloadKind;
  readonly replicas: number;
  readonly selector: LabelSelector;
  readonly template: PodTemplate;
  /** StatefulSet spec.serviceName. */
  readonly serviceName?: string;
  /** For a Deployment: the name of the ReplicaSet it owns (`<deploy>-<pod-template-hash>`). */
  readonly replicaSetName?: string;
  readonly podTemplateHash?: string;
}

export type ServiceType = 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'ExternalName';
export type TrafficPolicy = 'Cluster' | 'Local';

export interface ServicePort {
  /** '' when unnamed. */
  readonly name: string;
  readonly protocol: Protocol;
  readonly port: number;
  readonly targetPort: number | string;
  /** 0 when none. */
  readonly nodePort: number;
  readonly appProtocol?: string;
}

export interface Service {
  readonly meta: ObjectMeta;
  readonly type: ServiceType;
  /** The allocated or given clusterIP; 'None' for headless; '' for ExternalName or when allocation failed. */
  readonly clusterIP: string;
  readonly ports: readonly ServicePort[];
  /** undefined: no selector (endpoints are the user's); {} selects every pod of the namespace. */
  readonly selector: Labels | undefined;
  readonly sessionAffinity: 'None' | 'ClientIP';
  readonly sessionAffinityTimeoutSeconds: number;
  readonly externalTrafficPolicy?: TrafficPolicy;
  readonly internalTrafficPolicy?: TrafficPolicy;
  /** 0 when none. */
  readonly healthCheckNodePort: number;
  readonly externalIPs: readonly string[];
  readonly externalName?: string;
  readonly loadBalancerIP?: string;
  readonly loadBalancerSourceRanges: readonly string[];
  /** status.loadBalancer.ingress IPs, given or allocated by the simulated cloud. */
  readonly loadBalancerIngressIPs: readonly string[];
  readonly allocateLoadBalancerNodePorts: boolean;
  readonly publishNotReadyAddresses: boolean;
  readonly trafficDistribution?: string;
}

export interface EndpointAddress {
  readonly ip: string;
  readonly nodeName?: string;
  readonly hostname?: string;
  readonly targetRef?: { readonly kind: string; readonly namespace: string; readonly name: string };
}

export interface EndpointPort {
  readonly name: string;
  readonly port: number;
  readonly protocol: Protocol;
  readonly appProtocol?: string;
}

export interface EndpointSubset {
  readonly addresses: readonly EndpointAddress[];
  readonly notReadyAddresses: readonly EndpointAddress[];
  readonly ports: readonly EndpointPort[];
}

export interface Endpoints {
  readonly meta: ObjectMeta;
  readonly subsets: readonly EndpointSubset[];
  /** True when the endpoints controller wrote it; false when the user supplied it. */
  readonly managed: boolean;
}

export interface EndpointConditions {
  readonly ready: boolean;
  readonly serving: boolean;
  readonly terminating: boolean;
}

export interface SliceEndpoint {
  readonly addresses: readonly string[];
  readonly conditions: EndpointConditions;
  readonly nodeName?: string;
  readonly zone?: string;
  readonly hostname?: string;
  readonly targetRef?: { readonly kind: string; readonly namespace: string; readonly name: string };
  readonly hints?: { readonly forZones: readonly string[]; readonly forNodes: readonly string[] };
}

export interface EndpointSlice {
  readonly meta: ObjectMeta;
  readonly serviceName: string;
  readonly addressType: 'IPv4' | 'IPv6' | 'FQDN';
  readonly ports: readonly EndpointPort[];
  readonly endpoints: readonly SliceEndpoint[];
  readonly managed: boolean;
}

export type PathType = 'Exact' | 'Prefix' | 'ImplementationSpecific';

export type IngressBackend =
  | { readonly type: 'service'; readonly serviceName: string; readonly port: { readonly number: number } | { readonly name: string } }
  | { readonly type: 'resource'; readonly kind: string; readonly name: string };

export interface IngressPath {
  readonly path: string;
  readonly pathType: PathType;
  readonly backend: IngressBackend;
}

export interface IngressRule {
  /** '' matches every host. */
  readonly host: string;
  readonly paths: readonly IngressPath[];
}

export interface Ingress {
  readonly meta: ObjectMeta;
  /** spec.ingressClassName, or the legacy kubernetes.io/ingress.class annotation (which wins), or the default class. */
  readonly className?: string;
  readonly rules: readonly IngressRule[];
  readonly defaultBackend?: IngressBackend;
  readonly tls: readonly { readonly hosts: readonly string[]; readonly secretName?: string }[];
}

export interface IngressClass {
  readonly meta: ObjectMeta;
  readonly controller: string;
  readonly isDefault: boolean;
}

export interface Node {
  readonly meta: ObjectMeta;
  readonly name: string;
  readonly internalIP: string;
  readonly podCIDR: string;
  readonly zone?: string;
  readonly ready: boolean;
  readonly controlPlane: boolean;
  /** Nodes with a NoSchedule taint take only pods that tolerate it (simulated: the control plane). */
  readonly schedulable: boolean;
  readonly simulated: boolean;
}

export type ProxyMode = 'iptables' | 'ipvs' | 'nftables';

export interface ClusterSettings {
  readonly seed: number;
  readonly serviceCIDR: string;
  /** The cluster-wide pod CIDR kube-proxy's --cluster-cidr (used for masquerade decisions). */
  readonly clusterCIDR: string;
  readonly clusterDomain: string;
  /** Worker nodes to simulate when the text has no Node objects. */
  readonly workerCount: number;
  readonly proxyMode: ProxyMode;
  readonly ipvsScheduler: string;
  /** kube-proxy version, "1.31" style. */
  readonly kubeVersion: string;
  readonly nodePortRange: { readonly base: number; readonly size: number };
  readonly masqueradeAll: boolean;
  /** Pool the simulated cloud draws LoadBalancer ingress IPs from. */
  readonly loadBalancerPool: string;
  /** Address of the client outside the cluster. */
  readonly externalClientIP: string;
  /** Add default/kubernetes, kube-system/kube-dns and CoreDNS when the text does not have them. */
  readonly systemObjects: boolean;
}

/** A kind the text has that svcscope keeps but does not simulate (ConfigMap, Secret, NetworkPolicy...). */
export interface OtherObject {
  readonly kind: string;
  readonly apiVersion: string;
  readonly namespace: string;
  readonly name: string;
  readonly source: Source;
}

export interface Cluster {
  readonly settings: ClusterSettings;
  readonly namespaces: readonly string[];
  readonly nodes: readonly Node[];
  readonly workloads: readonly Workload[];
  readonly pods: readonly Pod[];
  readonly services: readonly Service[];
  readonly endpoints: readonly Endpoints[];
  readonly endpointSlices: readonly EndpointSlice[];
  readonly ingresses: readonly Ingress[];
  readonly ingressClasses: readonly IngressClass[];
  readonly others: readonly OtherObject[];
  /** The CoreDNS Service's clusterIP, what pods have as nameserver. */
  readonly dnsServiceIP: string;
  readonly diagnostics: readonly Diagnostic[];
}
