import type { HopFact, IngressRoute } from './facts';
import type { Who } from './types';

/**
 * 中文句子：写法参照 seeds 中的学习笔记。Kubernetes 与 netfilter 的术语（Service、Pod、kube-proxy、DNAT、SNAT、
 * masquerade、endpoint、链名）保留拉丁字母；中文与拉丁字母、数字之间留一个空格，与全角标点之间不留。
 */
export function whoZh(who: Who): string {
  switch (who.type) {
    case 'pod':
      return `Pod ${who.name}`;
    case 'node':
      return `节点 ${who.name}`;
    case 'client':
      return who.ip ? `集群外的客户端 ${who.ip}` : '集群外的客户端';
    case 'load-balancer':
      return `${who.namespace}/${who.name} 的负载均衡器`;
    case 'dns':
      return 'DNS';
    case 'other':
      return who.at;
  }
}

function routeZh(route: IngressRoute): string {
  switch (route.type) {
    case 'path':
      return ` Ingress ${route.ingress} 中${route.host === '*' ? '任意 host' : ` host ${route.host}`}、path ${route.path}（${route.pathType}）的规则，后端是 ${route.backend}`;
    case 'default-backend':
      return ` Ingress ${route.ingress} 的 defaultBackend（${route.backend}）`;
    case 'controller-default':
      return '默认后端';
    case 'text':
      return ` ${route.text}`;
  }
}

const quoted = (comment: string | undefined): string => (comment ? `（“${comment}”）` : '');

export function hopZh(fact: HopFact): string {
  switch (fact.type) {
    case 'dns-answer': {
      const which = fact.cluster ? '集群 DNS' : '公网 DNS';
      const tries = fact.queries > 1 ? `共查询了 ${fact.queries} 次：search 路径先尝试了其他名字。` : '';
      return `${which} 把 ${fact.name} 解析为 ${fact.ip}${fact.fqdn ? `（${fact.fqdn}）` : ''}。${tries}`;
    }
    case 'dns-literal':
      return `${fact.ip} 本身就是 IP 地址，不需要 DNS 解析。`;
    case 'dns-cname':
      return `DNS 对 ${fact.name} 返回指向 ${fact.host} 的 CNAME 记录：ExternalName 类型的 Service 只是一个 DNS 别名，不经过 kube-proxy。`;
    case 'dns-failure':
      return `DNS 无法解析 ${fact.name}，返回 ${fact.rcode}。`;
    case 'send':
      return fact.http
        ? `${whoZh(fact.who)} 向 ${fact.dst} 发送 HTTP 请求 GET ${fact.http.path}（Host: ${fact.http.host}）。`
        : `${whoZh(fact.who)} 从 ${fact.src} 向 ${fact.dst} 发起连接。`;
    case 'cloud-lb-forward':
      return `云负载均衡器 ${fact.lb} 把连接转发给一个健康的节点（${fact.nodes.join('、')}），并保留客户端地址 ${fact.client}。`;
    case 'cloud-lb-no-listener':
      return `负载均衡器 ${fact.lb} 没有监听这个端口（只监听 ${fact.listeners}），无人应答。`;
    case 'cloud-lb-firewall':
      return `云防火墙丢弃了来自 ${fact.client} 的连接：loadBalancerSourceRanges 只允许 ${fact.ranges}。`;
    case 'cloud-lb-unhealthy':
      return `负载均衡器 ${fact.lb} 没有可以转发的健康节点（${fact.check}）。`;
    case 'cloud-lb-other':
      return `云负载均衡器 ${fact.lb}：${fact.text}。`;
    case 'route':
      if (fact.reply) return fact.from ? `回包离开 ${fact.from}，返回到 ${fact.node}。` : `回包返回到 ${fact.node}。`;
      return fact.from ? `数据包离开 ${fact.from}，到达 ${fact.node}，目的地址是 ${fact.dst}。` : `数据包到达 ${fact.node}，目的地址是 ${fact.dst}。`;
    case 'service-match':
      return `kube-proxy 的 ${fact.chain} 链匹配到 ${fact.dst}，跳转到 ${fact.target} 链。`;
    case 'to-nodeports':
      return `${fact.dst} 不是任何 Service 的地址，${fact.chain} 链的最后一条规则把发往本节点地址的数据包交给 ${fact.target} 链。`;
    case 'nodeport-match':
      return `${fact.chain} 链匹配到 NodePort ${fact.port}，跳转到 ${fact.target} 链。`;
    case 'mark-for-masquerade':
      return `${fact.chain} 链给数据包打上 masquerade 标记${fact.notFrom ? `，因为源地址不在 Pod 网段 ${fact.notFrom} 内` : ''}：离开节点时它的源地址会被改写。`;
    case 'mark-set':
      return fact.chain === 'KUBE-MARK-MASQ'
        ? `KUBE-MARK-MASQ 链设置标记 ${fact.mark}，意思是“这个数据包需要做 masquerade”。`
        : `${fact.chain} 链给数据包设置标记 ${fact.mark}。`;
    case 'mark-clear':
      return `${fact.chain} 链发现标记 ${fact.mark}，在做 masquerade 之前先清除它，避免数据包被转换两次。`;
    case 'random-pick':
      return `${fact.chain} 链随机选择一个 endpoint：这条规则以 ${fact.probability} 的概率命中，跳转到 ${fact.target}${fact.endpoint ? `（${fact.endpoint}）` : ''}。`;
    case 'affinity':
      return `${fact.chain} 链按 sessionAffinity: ClientIP 处理：最近见过 ${fact.client}，所以仍然转到 ${fact.target}。`;
    case 'endpoint-jump':
      return `${fact.chain} 链不再随机，直接把数据包交给 ${fact.target}${fact.endpoint ? `（${fact.endpoint}）` : ''}：它是唯一的 endpoint，或者前面的随机规则都没有命中。`;
    case 'local-jump':
      return `${fact.chain} 链跳转到 ${fact.target}，它只使用本节点上的 endpoint（externalTrafficPolicy: Local）。`;
    case 'jump':
      return `${fact.chain} 链跳转到 ${fact.target}。`;
    case 'dnat':
      return `${fact.chain} 把目的地址改写为 ${fact.to}（DNAT）。`;
    case 'no-masquerade':
      return `${fact.chain} 链直接返回：数据包没有 masquerade 标记，源地址 ${fact.src} 保持不变。`;
    case 'return':
      return `${fact.chain} 链返回到调用它的链。`;
    case 'accept':
      return `${fact.chain} 链放行数据包${quoted(fact.comment)}。`;
    case 'reject':
      return `${fact.chain} 链拒绝了到 ${fact.dst} 的连接${quoted(fact.comment)}，客户端立即收到错误。`;
    case 'drop':
      return `${fact.chain} 链丢弃了发往 ${fact.dst} 的数据包${quoted(fact.comment)}，不会有任何应答。`;
    case 'verdict-map': {
      const what = fact.verdict === 'reject' ? '拒绝连接' : fact.verdict === 'drop' ? '丢弃数据包' : '拦下数据包';
      return `kube-proxy 的 ${fact.chain} 链在 @${fact.map} 映射表中查到 ${fact.dst}，于是${what}：这个 Service 在这里没有可用的 endpoint。`;
    }
    case 'nft-lookup':
      return `kube-proxy 的 nftables ${fact.chain} 链在 @${fact.map} 映射表中查到 ${fact.dst}，转到该 Service 的链。`;
    case 'nft-random':
      return fact.count === 1
        ? `${fact.chain} 链只有一个 endpoint，数据包直接交给它。`
        : `${fact.chain} 链在 ${fact.count} 个 endpoint 中随机选择一个（numgen random mod ${fact.count}）。`;
    case 'nft-affinity':
      return `${fact.chain} 链按 sessionAffinity: ClientIP 处理：${fact.client} 在 affinity 集合中，所以仍然转到 ${fact.target ?? '同一个 endpoint'}。`;
    case 'ipvs-lookup':
      return `${fact.node ? `${fact.node} 上的 ` : ''}IPVS 找到虚拟服务 ${fact.vip}（该地址绑定在 kube-ipvs0 上），后端有 ${fact.realServers} 个 real server。`;
    case 'ipvs-pick':
      return `IPVS 调度算法${fact.scheduler ? `（${fact.scheduler}）` : ''}选中 real server ${fact.to}，把目的地址改写为它（DNAT）。`;
    case 'ipvs-no-real-server':
      return `IPVS 虚拟服务 ${fact.vip} 没有 real server，节点返回 ICMP port unreachable。`;
    case 'rule':
      return `${fact.chain ? `${fact.chain} 中的` : ''}一条 ${fact.source} 规则匹配了数据包${fact.to !== fact.from ? `，目的地址变为 ${fact.to}` : ''}。`;
    case 'masquerade':
      if (fact.from === fact.to) return `离开 ${fact.node} 时做 masquerade：源地址本来就是 ${fact.node} 自己的地址 ${fact.to}（SNAT）。`;
      return `离开 ${fact.node} 时做 masquerade：源地址 ${fact.from} 变为 ${fact.to}（SNAT）${fact.hairpin ? '，因为 Pod 访问的是它自己（hairpin）' : ''}。`;
    case 'deliver-pod':
      return `${fact.node ? `${fact.node} 上的 ` : ''}Pod ${fact.pod} 在 ${fact.dst} 收到数据包，它看到的源地址是 ${fact.src}。`;
    case 'deliver-host':
      return `${fact.node} 主机网络中的进程在 ${fact.dst} 收到数据包，它看到的源地址是 ${fact.src}。`;
    case 'ingress-proxy':
      return `ingress-nginx 匹配到${routeZh(fact.route)}，直接向 endpoint ${fact.to} 新建一条连接（源地址 ${fact.from}），不经过 ClusterIP。`;
    case 'ingress-answer':
      if (fact.route.type === 'controller-default')
        return `没有匹配的 Ingress 规则：ingress-nginx 的默认后端${fact.status ? `返回 ${fact.status}` : '直接应答'}。`;
      return `ingress-nginx 匹配到${routeZh(fact.route)}，但自己直接应答${fact.status ? ` ${fact.status}` : ''}，没有连接后端。`;
    case 'reply-answer':
      return `${whoZh(fact.who)} 向它看到的源地址 ${fact.to} 回包。`;
    case 'reply-conntrack': {
      const parts = [fact.seemsFrom ? `回包看起来来自 ${fact.seemsFrom}` : '', fact.backTo ? `目的地址恢复为 ${fact.backTo}` : ''].filter((p) => p !== '');
      return `${fact.node} 上的 ${fact.ipvs ? 'IPVS 和 conntrack' : 'conntrack'} 反向转换地址${parts.length > 0 ? `：${parts.join('，')}` : ''}。`;
    }
    case 'reply-receive':
      return `${whoZh(fact.who)} 收到来自 ${fact.from} 的回包。`;
    case 'reply-passes':
      return `从 ${fact.src} 发往 ${fact.dst} 的回包经过 ${whoZh(fact.who)}。`;
    case 'dropped':
      return `发往 ${fact.dst} 的数据包在 ${whoZh(fact.who)} 被丢弃。`;
  }
}

export function arrivalZh(node: string): string {
  return `数据包到达 ${node}。`;
}
