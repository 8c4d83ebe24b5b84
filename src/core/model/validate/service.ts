import { displayPath } from '../../manifest/fields';
import { isIPv4, isIPv6, parseCidr } from '../../util/ipv4';
import type { ServiceDraft } from '../read/service';
import type { Service, ServicePort, ServiceType, TrafficPolicy } from '../types';
import { dns1035Label, dns1123Label, dns1123Subdomain, ianaServiceName, labelKey, labelValue } from './names';

const TYPES: readonly ServiceType[] = ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'];
export const DEFAULT_AFFINITY_SECONDS = 10800;
export const MAX_AFFINITY_SECONDS = 86400;

/**
 * SetDefaults_Service then ValidateService, as the API server applies them. Errors are reported with the
 * API server's wording (`spec.ports[1].name: Required value`). Returns undefined when any rule is broken:
 * like `kubectl apply`, the Service is then not created.
 */
export function defaultAndValidateService(draft: ServiceDraft): Service | undefined {
  const r = draft.reader;
  let errors = 0;
  const err = (path: string, what: string, hint?: string): void => {
    errors += 1;
    r.report('SERVICE_INVALID', 'error', `The Service "${draft.meta.name}" is invalid: ${displayPath(path)}: ${what}`, path, hint);
  };

  const nameErrors = dns1035Label(draft.meta.name);
  if (nameErrors.length > 0) {
    err('metadata.name', `Invalid value: "${draft.meta.name}": ${nameErrors.join(', ')}`, 'Service names start with a letter and use only a-z, 0-9 and "-".');
    return undefined;
  }
  let type: ServiceType = 'ClusterIP';
  if (draft.type !== '') {
    const known = TYPES.find((t) => t === draft.type);
    if (known) type = known;
    else err('spec.type', `Unsupported value: "${draft.type}": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"`);
  }
  const isExternalName = type === 'ExternalName';
  const headless = draft.clusterIP === 'None';
  if (draft.clusterIPs.length > 0 && draft.clusterIP !== undefined && draft.clusterIPs[0] !== draft.clusterIP)
    err('spec.clusterIPs', `Invalid value: ${JSON.stringify(draft.clusterIPs)}: must be empty or the first value must match spec.clusterIP`);
  if (isExternalName && draft.clusterIP) err('spec.clusterIP', 'Forbidden: may not be set for ExternalName services');
  if (headless && (type === 'NodePort' || type === 'LoadBalancer'))
    err('spec.clusterIP', `Invalid value: "None": may not be set to 'None' for ${type} services`);
  if (draft.clusterIP && !headless && !isIPv4(draft.clusterIP) && !isIPv6(draft.clusterIP))
    err('spec.clusterIP', `Invalid value: "${draft.clusterIP}": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)`);

  if (draft.ports.length === 0 && !headless && !isExternalName) err('spec.ports', 'Required value');
  const requireName = draft.ports.length > 1;
  const seenNames = new Set<string>();
  const seenPorts = new Set<string>();
  const seenNodePorts = new Set<string>();
  const ports: ServicePort[] = [];
  draft.ports.forEach((p, i) => {
    const at = `spec.ports.${i}`;
    if (requireName && p.name === '') err(`${at}.name`, 'Required value', 'Name every port when a Service has more than one (e.g. name: http).');
    if (p.name !== '') {
      const problems = dns1123Label(p.name);
      if (problems.length > 0) err(`${at}.name`, `Invalid value: "${p.name}": ${problems.join(', ')}`);
      if (seenNames.has(p.name)) err(`${at}.name`, `Duplicate value: "${p.name}"`);
      seenNames.add(p.name);
    }
    if (p.port === undefined) err(`${at}.port`, 'Required value');
    else if (p.port < 1 || p.port > 65535) err(`${at}.port`, `Invalid value: ${p.port}: must be between 1 and 65535, inclusive`);
    const key = `${p.protocol}/${p.port ?? ''}`;
    if (p.port !== undefined && seenPorts.has(key))
      err(`${at}`, `Duplicate value: core.ServicePort{Name:"${p.name}", Protocol:"${p.protocol}", Port:${p.port}}`);
    seenPorts.add(key);
    // SetDefaults_Service: targetPort 0 or "" becomes port.
    const portValid = p.port !== undefined && p.port >= 1 && p.port <= 65535;
    let targetPort = p.targetPort === undefined || p.targetPort === 0 || p.targetPort === '' ? (p.port ?? 0) : p.targetPort;
    if (typeof targetPort === 'number' && portValid && (targetPort < 1 || targetPort > 65535)) {
      err(`${at}.targetPort`, `Invalid value: ${targetPort}: must be between 1 and 65535, inclusive`);
      targetPort = p.port ?? 0;
    } else if (typeof targetPort === 'string') {
      const problems = ianaServiceName(targetPort);
      if (problems.length > 0) err(`${at}.targetPort`, `Invalid value: "${targetPort}": ${problems.join(', ')}`, 'A named targetPort must match a container port name (at most 15 characters, a-z, 0-9, "-").');
    }
    if (type === 'ClusterIP' && p.nodePort) err(`${at}.nodePort`, "Forbidden: may not be used when `type` is 'ClusterIP'");
    // Two ports may share a nodePort only across protocols (DNS over TCP and UDP).
    if (p.nodePort && seenNodePorts.has(`${p.protocol}/${p.nodePort}`))
      err(`${at}`, `Duplicate value: core.ServicePort{Name:"${p.name}", Protocol:"${p.protocol}", Port:${p.port ?? 0}, NodePort:${p.nodePort}}`);
    if (p.nodePort) seenNodePorts.add(`${p.protocol}/${p.nodePort}`);
    if (type === 'LoadBalancer' && p.port === 10250)
      err(`${at}.port`, 'Invalid value: 10250: may not expose port 10250 externally since it is used by kubelet');
    ports.push({
      name: p.name,
      protocol: p.protocol,
      port: p.port ?? 0,
      targetPort,
      nodePort: type === 'NodePort' || type === 'LoadBalancer' ? (p.nodePort ?? 0) : 0,
      ...(p.appProtocol ? { appProtocol: p.appProtocol } : {}),
    });
  });

  let externalName: string | undefined;
  if (isExternalName) {
    const name = (draft.externalName ?? '').replace(/\.$/, '');
    if (name === '') err('spec.externalName', 'Required value', 'Set spec.externalName to the DNS name this Service stands for.');
    else {
      const problems = dns1123Subdomain(name);
      if (problems.length > 0) err('spec.externalName', `Invalid value: "${draft.externalName}": ${problems.join(', ')}`);
    }
    externalName = draft.externalName ?? '';
    if (draft.ipFamilies.length > 0) err('spec.ipFamilies', 'Forbidden: may not be set for ExternalName services');
  }

  if (draft.selector) {
    for (const [k, v] of Object.entries(draft.selector)) {
      const kp = labelKey(k);
      if (kp.length > 0) err(`spec.selector`, `Invalid value: "${k}": ${kp.join(', ')}`);
      const vp = labelValue(v);
      if (vp.length > 0) err(`spec.selector.${k}`, `Invalid value: "${v}": ${vp.join(', ')}`);
    }
  }

  draft.externalIPs.forEach((ip, i) => {
    const at = `spec.externalIPs.${i}`;
    if (!isIPv4(ip) && !isIPv6(ip)) err(at, `Invalid value: "${ip}": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)`);
    else if (ip === '0.0.0.0' || ip === '::') err(at, `Invalid value: "${ip}": may not be unspecified (0.0.0.0)`);
    else if (ip.startsWith('127.') || ip === '::1') err(at, `Invalid value: "${ip}": may not be in the loopback range (127.0.0.0/8, ::1/128)`);
    else if (ip.startsWith('169.254.')) err(at, `Invalid value: "${ip}": may not be in the link-local range (169.254.0.0/16, fe80::/10)`);
    else if (ip.startsWith('224.0.0.')) err(at, `Invalid value: "${ip}": may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)`);
  });

  let sessionAffinity: 'None' | 'ClientIP' = 'None';
  let timeout = DEFAULT_AFFINITY_SECONDS;
  if (draft.sessionAffinity === 'ClientIP') {
    sessionAffinity = 'ClientIP';
    if (draft.sessionAffinityTimeoutSeconds !== undefined) {
      timeout = draft.sessionAffinityTimeoutSeconds;
      if (timeout <= 0 || timeout > MAX_AFFINITY_SECONDS) {
        err('spec.sessionAffinityConfig.clientIP.timeoutSeconds', `Invalid value: ${timeout}: must be greater than 0 and less than ${MAX_AFFINITY_SECONDS}`);
        timeout = DEFAULT_AFFINITY_SECONDS;
      }
    }
  } else if (draft.sessionAffinity !== undefined && draft.sessionAffinity !== '' && draft.sessionAffinity !== 'None') {
    err('spec.sessionAffinity', `Unsupported value: "${draft.sessionAffinity}": supported values: "ClientIP", "None"`);
  } else if (draft.hasSessionAffinityConfig && draft.sessionAffinityTimeoutSeconds !== undefined) {
    // SetDefaults_Service clears sessionAffinityConfig when affinity is None; say so, since the user wrote it.
    r.report('SESSION_AFFINITY_CONFIG_IGNORED', 'warning', `spec.sessionAffinityConfig is ignored because spec.sessionAffinity is None.`, 'spec.sessionAffinityConfig', 'Set sessionAffinity: ClientIP to make the timeout count.');
  }

  const external = type === 'NodePort' || type === 'LoadBalancer';
  const etp = readPolicy(draft.externalTrafficPolicy, 'spec.externalTrafficPolicy', err);
  if (draft.externalTrafficPolicy && !external)
    err('spec.externalTrafficPolicy', "Invalid value: \"" + draft.externalTrafficPolicy + "\": may only be set when `type` is 'NodePort' or 'LoadBalancer'");
  const itp = readPolicy(draft.internalTrafficPolicy, 'spec.internalTrafficPolicy', err);
  const externalTrafficPolicy: TrafficPolicy | undefined = external ? (etp ?? 'Cluster') : undefined;
  const needsHealthCheck = type === 'LoadBalancer' && externalTrafficPolicy === 'Local';
  if (draft.healthCheckNodePort && !needsHealthCheck)
    err('spec.healthCheckNodePort', "Invalid value: " + draft.healthCheckNodePort + ": may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'");

  if (draft.loadBalancerSourceRanges.length > 0 && type !== 'LoadBalancer')
    err('spec.loadBalancerSourceRanges', "Forbidden: may only be used when `type` is 'LoadBalancer'");
  const ranges = draft.loadBalancerSourceRanges.filter((cidr, i) => {
    if (parseCidr(cidr)) return true;
    err(`spec.loadBalancerSourceRanges.${i}`, `Invalid value: "${cidr}": must be a list of IP ranges. For example, 10.240.0.0/24,10.250.0.0/24`);
    return false;
  });
  if (draft.allocateLoadBalancerNodePorts !== undefined && type !== 'LoadBalancer')
    err('spec.allocateLoadBalancerNodePorts', "Forbidden: may only be used when `type` is 'LoadBalancer'");

  // The API server refuses an invalid Service as a whole: it does not exist, so nothing routes to it.
  if (errors > 0 || draft.rejected) return undefined;
  return {
    meta: draft.meta,
    type,
    clusterIP: isExternalName ? '' : (draft.clusterIP ?? ''),
    ports,
    selector: isExternalName ? undefined : draft.selector,
    sessionAffinity,
    sessionAffinityTimeoutSeconds: timeout,
    ...(externalTrafficPolicy ? { externalTrafficPolicy } : {}),
    ...(type !== 'ExternalName' ? { internalTrafficPolicy: itp ?? 'Cluster' } : {}),
    healthCheckNodePort: needsHealthCheck ? (draft.healthCheckNodePort ?? 0) : 0,
    externalIPs: draft.externalIPs,
    ...(externalName !== undefined ? { externalName } : {}),
    ...(draft.loadBalancerIP ? { loadBalancerIP: draft.loadBalancerIP } : {}),
    loadBalancerSourceRanges: ranges,
    loadBalancerIngressIPs: type === 'LoadBalancer' ? draft.loadBalancerIngressIPs : [],
    allocateLoadBalancerNodePorts: type === 'LoadBalancer' ? (draft.allocateLoadBalancerNodePorts ?? true) : false,
    publishNotReadyAddresses: draft.publishNotReadyAddresses,
    ...(draft.trafficDistribution ? { trafficDistribution: draft.trafficDistribution } : {}),
  };
}

function readPolicy(
  value: string | undefined,
  path: string,
  err: (path: string, what: string) => void,
): TrafficPolicy | undefined {
  if (value === undefined || value === '') return undefined;
  if (value === 'Cluster' || value === 'Local') return value;
  err(path, `Unsupported value: "${value}": supported values: "Cluster", "Local"`);
  return undefined;
}
