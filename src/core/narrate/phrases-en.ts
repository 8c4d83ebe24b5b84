import type { HopFact, IngressRoute } from './facts';
import type { Who } from './types';

/** English sentences for hop facts: short, present tense, Kubernetes and netfilter names as the node shows them. */
export function whoEn(who: Who, start = false): string {
  switch (who.type) {
    case 'pod':
      return `Pod ${who.name}`;
    case 'node':
      return start ? `Node ${who.name}` : who.name;
    case 'client':
      return `${start ? 'The' : 'the'} client ${who.ip ?? 'outside the cluster'}`;
    case 'load-balancer':
      return `${start ? 'The' : 'the'} load balancer of ${who.namespace}/${who.name}`;
    case 'dns':
      return 'DNS';
    case 'other':
      return who.at;
  }
}

function routeEn(route: IngressRoute): string {
  switch (route.type) {
    case 'path':
      return `the rule of Ingress ${route.ingress} for ${route.host === '*' ? 'any host' : `host ${route.host}`} and path ${route.path} (${route.pathType}) → ${route.backend}`;
    case 'default-backend':
      return `the defaultBackend of Ingress ${route.ingress} (${route.backend})`;
    case 'controller-default':
      return 'no Ingress rule';
    case 'text':
      return route.text;
  }
}

const quoted = (comment: string | undefined): string => (comment ? ` ("${comment}")` : '');

export function hopEn(fact: HopFact): string {
  switch (fact.type) {
    case 'dns-answer': {
      const which = fact.cluster ? 'The cluster DNS' : 'Public DNS';
      const tries = fact.queries > 1 ? ` It takes ${fact.queries} queries: the search path tries other names first.` : '';
      return `${which} resolves ${fact.name} to ${fact.ip}${fact.fqdn ? ` (${fact.fqdn})` : ''}.${tries}`;
    }
    case 'dns-literal':
      return `${fact.ip} is already an IP address: no DNS lookup.`;
    case 'dns-cname':
      return `DNS answers ${fact.name} with a CNAME to ${fact.host}: an ExternalName Service is only a DNS alias, and kube-proxy is not involved.`;
    case 'dns-failure':
      return `DNS cannot resolve ${fact.name}: the answer is ${fact.rcode}.`;
    case 'send':
      return fact.http
        ? `${whoEn(fact.who, true)} sends GET ${fact.http.path} with Host: ${fact.http.host} to ${fact.dst}.`
        : `${whoEn(fact.who, true)} opens a connection from ${fact.src} to ${fact.dst}.`;
    case 'cloud-lb-forward':
      return `The cloud load balancer ${fact.lb} passes the connection to one of its healthy nodes (${fact.nodes.join(', ')}) and keeps the client address ${fact.client}.`;
    case 'cloud-lb-no-listener':
      return `The load balancer ${fact.lb} has no listener on that port (it listens on ${fact.listeners}): nobody answers.`;
    case 'cloud-lb-firewall':
      return `The cloud firewall drops ${fact.client}: loadBalancerSourceRanges allows only ${fact.ranges}.`;
    case 'cloud-lb-unhealthy':
      return `The load balancer ${fact.lb} has no healthy node to send the connection to (${fact.check}).`;
    case 'cloud-lb-other':
      return `The cloud load balancer ${fact.lb}: ${fact.text}.`;
    case 'route':
      if (fact.reply) return fact.from ? `The reply leaves ${fact.from} and travels back to ${fact.node}.` : `The reply travels back to ${fact.node}.`;
      return fact.from
        ? `The packet leaves ${fact.from} and reaches ${fact.node}, on its way to ${fact.dst}.`
        : `The packet reaches ${fact.node}, on its way to ${fact.dst}.`;
    case 'service-match':
      return `kube-proxy's ${fact.chain} chain matches ${fact.dst} and jumps to ${fact.target}.`;
    case 'to-nodeports':
      return `No Service address matches ${fact.dst}, so the last rule of ${fact.chain} sends packets for the node's own addresses to ${fact.target}.`;
    case 'nodeport-match':
      return `${fact.chain} matches NodePort ${fact.port} and jumps to ${fact.target}.`;
    case 'mark-for-masquerade':
      return `${fact.chain} marks the packet for masquerade${fact.notFrom ? `, because its source is outside the pod network ${fact.notFrom}` : ''}: its source will be rewritten on the way out.`;
    case 'mark-set':
      return fact.chain === 'KUBE-MARK-MASQ'
        ? `KUBE-MARK-MASQ sets the mark ${fact.mark}, which means "masquerade this packet".`
        : `${fact.chain} sets the mark ${fact.mark} on the packet.`;
    case 'mark-clear':
      return `${fact.chain} finds the mark ${fact.mark} and clears it before masquerading, so the packet is not translated twice.`;
    case 'random-pick':
      return `${fact.chain} picks an endpoint at random: this rule wins with probability ${fact.probability} and jumps to ${fact.target}${fact.endpoint ? ` (${fact.endpoint})` : ''}.`;
    case 'affinity':
      return `${fact.chain} applies sessionAffinity: ClientIP: ${fact.client} was seen recently, so it goes to ${fact.target} again.`;
    case 'endpoint-jump':
      return `${fact.chain} sends the packet to ${fact.target}${fact.endpoint ? ` (${fact.endpoint})` : ''} without a random draw: it is the only endpoint, or every draw before it lost.`;
    case 'local-jump':
      return `${fact.chain} jumps to ${fact.target}, which only uses endpoints on this node (externalTrafficPolicy: Local).`;
    case 'jump':
      return `${fact.chain} jumps to ${fact.target}.`;
    case 'dnat':
      return `${fact.chain} rewrites the destination to ${fact.to} (DNAT).`;
    case 'no-masquerade':
      return `${fact.chain} returns: the packet carries no masquerade mark, so its source ${fact.src} stays as it is.`;
    case 'return':
      return `${fact.chain} returns to the chain that called it.`;
    case 'accept':
      return `${fact.chain} accepts the packet${quoted(fact.comment)}.`;
    case 'reject':
      return `${fact.chain} rejects the connection to ${fact.dst}${quoted(fact.comment)}: the client gets an error at once.`;
    case 'drop':
      return `${fact.chain} drops the packet to ${fact.dst}${quoted(fact.comment)}: no answer ever comes.`;
    case 'verdict-map': {
      const what = fact.verdict === 'reject' ? 'rejects the connection' : fact.verdict === 'drop' ? 'drops the packet' : 'stops the packet';
      return `kube-proxy's ${fact.chain} chain finds ${fact.dst} in the @${fact.map} map and ${what}: the Service has no usable endpoint here.`;
    }
    case 'nft-lookup':
      return `kube-proxy's nftables ${fact.chain} chain looks ${fact.dst} up in the @${fact.map} map and goes to the Service's chain.`;
    case 'nft-random':
      return fact.count === 1
        ? `${fact.chain} has a single endpoint and sends the packet to it.`
        : `${fact.chain} picks one of ${fact.count} endpoints at random (numgen random mod ${fact.count}).`;
    case 'nft-affinity':
      return `${fact.chain} applies sessionAffinity: ClientIP: ${fact.client} is in the affinity set, so it goes to ${fact.target ?? 'the same endpoint'} again.`;
    case 'ipvs-lookup':
      return `IPVS${fact.node ? ` on ${fact.node}` : ''} finds the virtual server ${fact.vip} (the address is bound to kube-ipvs0), with ${fact.realServers} real server${fact.realServers === 1 ? '' : 's'}.`;
    case 'ipvs-pick':
      return `The IPVS scheduler${fact.scheduler ? ` (${fact.scheduler})` : ''} picks the real server ${fact.to} and rewrites the destination to it (DNAT).`;
    case 'ipvs-no-real-server':
      return `The IPVS virtual server ${fact.vip} has no real server: the node answers with ICMP port unreachable.`;
    case 'rule':
      return `A ${fact.source} rule${fact.chain ? ` in ${fact.chain}` : ''} matches${fact.to !== fact.from ? ` and the destination becomes ${fact.to}` : ''}.`;
    case 'masquerade':
      if (fact.from === fact.to) return `On the way out ${fact.node} masquerades the source, which is already its own address ${fact.to} (SNAT).`;
      return `On the way out ${fact.node} masquerades the source: ${fact.from} becomes ${fact.to} (SNAT)${fact.hairpin ? ', because the pod is reaching itself (hairpin)' : ''}.`;
    case 'deliver-pod':
      return `Pod ${fact.pod}${fact.node ? ` on ${fact.node}` : ''} receives the packet on ${fact.dst}; the source it sees is ${fact.src}.`;
    case 'deliver-host':
      return `A process in ${fact.node}'s host network receives the packet on ${fact.dst}; the source it sees is ${fact.src}.`;
    case 'ingress-proxy':
      return `ingress-nginx matches ${routeEn(fact.route)} and connects from ${fact.from} straight to the endpoint ${fact.to}, not through the ClusterIP.`;
    case 'ingress-answer':
      if (fact.route.type === 'controller-default')
        return `No Ingress rule matches: ingress-nginx's default backend answers${fact.status ? ` ${fact.status}` : ''}.`;
      return `ingress-nginx matches ${routeEn(fact.route)} but answers the request itself${fact.status ? ` with ${fact.status}` : ''}, without a connection to a backend.`;
    case 'reply-answer':
      return `${whoEn(fact.who, true)} replies to ${fact.to}, the source it saw.`;
    case 'reply-conntrack': {
      const parts = [fact.seemsFrom ? `the reply seems to come from ${fact.seemsFrom}` : '', fact.backTo ? `it goes back to ${fact.backTo}` : ''].filter(
        (p) => p !== '',
      );
      return `${fact.ipvs ? 'IPVS and conntrack' : 'conntrack'} on ${fact.node} ${fact.ipvs ? 'reverse' : 'reverses'} the translation${parts.length > 0 ? `: ${parts.join(' and ')}` : ''}.`;
    }
    case 'reply-receive':
      return `${whoEn(fact.who, true)} receives the reply from ${fact.from}.`;
    case 'reply-passes':
      return `The reply from ${fact.src} to ${fact.dst} is at ${whoEn(fact.who)}.`;
    case 'dropped':
      return `The packet to ${fact.dst} is dropped at ${whoEn(fact.who)}.`;
  }
}

export function arrivalEn(node: string): string {
  return `The packet reaches ${node}.`;
}
