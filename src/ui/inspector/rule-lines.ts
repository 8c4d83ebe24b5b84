import type { RuleTableView } from '../../core';
import type { RuleToShow } from '../../store';

/** One run of lines drawn the same way: plain, the marked Service's, or the rule a trace hop matched. */
export interface RuleSegment {
  readonly kind: 'plain' | 'service' | 'hop';
  /** 0-based first line. */
  readonly line: number;
  readonly text: string;
}

/** The lines of the hop's rule: by id where the listing has it, else the line whose text is the rule's first line. */
export function hopLines(view: RuleTableView, rule: RuleToShow | undefined): ReadonlySet<number> {
  if (!rule || (rule.node !== undefined && rule.node !== view.node)) return new Set();
  if (rule.id !== undefined) {
    const byId = view.tags.filter((t) => t.ruleId === rule.id).map((t) => t.line);
    if (byId.length > 0) return new Set(byId);
  }
  const first = rule.text.split('\n')[0]?.trim() ?? '';
  if (first === '') return new Set();
  const index = view.text.split('\n').findIndex((line) => line.trim() === first);
  return new Set(index >= 0 ? [index] : []);
}

/**
 * The listing cut into runs: the hop's rule wins over the Service's marking. Plain lines are joined so a
 * table of thousands of lines draws as a few dozen elements.
 */
export function segmentRuleLines(view: RuleTableView, markedService: string | null, rule: RuleToShow | undefined): RuleSegment[] {
  const service = new Set(markedService ? view.tags.filter((t) => t.service === markedService).map((t) => t.line) : []);
  const hop = hopLines(view, rule);
  const lines = view.text.replace(/\n$/, '').split('\n');
  const segments: RuleSegment[] = [];
  lines.forEach((text, line) => {
    const kind = hop.has(line) ? 'hop' : service.has(line) ? 'service' : 'plain';
    const last = segments[segments.length - 1];
    if (last && last.kind === kind && kind !== 'hop') segments[segments.length - 1] = { ...last, text: `${last.text}\n${text}` };
    else segments.push({ kind, line, text });
  });
  return segments;
}

/** The Service to mark: the one the user picked if this listing has rules of it, else the first user Service. */
export function serviceToMark(view: RuleTableView, preferred: string | null): string | null {
  if (preferred && view.services.includes(preferred)) return preferred;
  const user = view.services.find((s) => !s.startsWith('kube-system/') && s !== 'default/kubernetes' && !s.startsWith('ingress-nginx/'));
  return user ?? view.services[0] ?? null;
}
