import type { Outcome } from '../simulate/types';
import type { NarrationLang } from './types';

/**
 * One sentence for how the request ended. English adds the engine's own reason; Chinese says what the
 * outcome means from its fields, since the reasons are English text (coded reasons in the core would let
 * Chinese say as much).
 */
export function narrateOutcome(outcome: Outcome, lang: NarrationLang): string {
  return lang === 'zh' ? outcomeZh(outcome) : outcomeEn(outcome);
}

/** The engine's reasons are clauses without a full stop; some end with one. */
function sentence(clause: string): string {
  return /[.!?]$/.test(clause) ? clause : `${clause}.`;
}

function outcomeEn(outcome: Outcome): string {
  switch (outcome.type) {
    case 'delivered':
      return `Delivered: Pod ${outcome.podName}${outcome.nodeName ? ` on ${outcome.nodeName}` : ''} answers on ${outcome.podIP}:${outcome.port}.`;
    case 'delivered-outside':
      return `The request leaves the cluster for ${outcome.ip}:${outcome.port}, an address outside it that no pod owns.`;
    case 'delivered-host':
      return `Delivered to ${outcome.nodeName} itself: a process in its host network answers on ${outcome.ip}:${outcome.port}.`;
    case 'refused':
      return `Refused: ${sentence(outcome.reason)}`;
    case 'dropped':
      return `Dropped: ${sentence(outcome.reason)}`;
    case 'timeout':
      return `Timed out: ${sentence(outcome.reason)}`;
    case 'nxdomain':
      return `The name ${outcome.name} does not resolve: ${sentence(outcome.reason)}`;
    case 'http-404':
      return `ingress-nginx answers 404 Not Found: ${sentence(outcome.reason)}`;
    case 'http-status':
      return `ingress-nginx answers ${outcome.status}: ${sentence(outcome.reason)}`;
    case 'cname':
      return `Answered by DNS alone: a CNAME to ${outcome.target}, which the client then reaches outside the cluster, without kube-proxy.`;
  }
}

function outcomeZh(outcome: Outcome): string {
  switch (outcome.type) {
    case 'delivered':
      return `请求送达：${outcome.nodeName ? `${outcome.nodeName} 上的 ` : ''}Pod ${outcome.podName} 在 ${outcome.podIP}:${outcome.port} 作出应答。`;
    case 'delivered-outside':
      return `请求离开集群，发往 ${outcome.ip}:${outcome.port}，这个地址不属于任何 Pod。`;
    case 'delivered-host':
      return `请求送达节点 ${outcome.nodeName} 本身：它主机网络中的进程在 ${outcome.ip}:${outcome.port} 作出应答。`;
    case 'refused':
      return '连接被拒绝：对方立即返回错误（ICMP port unreachable 或 TCP RST），客户端马上就知道失败了。';
    case 'dropped':
      return '数据包被丢弃：没有任何应答，客户端只能等到超时。';
    case 'timeout':
      return '请求超时：没有任何规则或进程应答这个数据包。';
    case 'nxdomain':
      return `域名解析失败：${outcome.name} 无法解析（NXDOMAIN），连接根本没有发出。`;
    case 'http-404':
      return 'ingress-nginx 返回 404 Not Found：没有匹配这个 host 和 path 的 Ingress 规则。';
    case 'http-status':
      return outcome.status === 503
        ? 'ingress-nginx 返回 503：后端 Service 没有可用的 endpoint，或者无法使用。'
        : outcome.status === 308
          ? 'ingress-nginx 返回 308：这个 host 配置了 TLS，明文 HTTP 请求被重定向到 https。'
          : `ingress-nginx 返回 HTTP ${outcome.status}。`;
    case 'cname':
      return `只由 DNS 应答：这是指向 ${outcome.target} 的 CNAME 记录，客户端随后直接连接集群外的这个域名，kube-proxy 不参与。`;
  }
}
