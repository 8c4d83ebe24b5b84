import { CodeBlock } from './CodeBlock';

export function DnsTab({ records, kind }: { readonly records: readonly string[]; readonly kind: string }) {
  if (records.length === 0) return <p className="inspector-empty">CoreDNS serves no name for this {kind === 'Client' ? 'client' : kind}.</p>;
  const text = `${records.join('\n')}\n`;
  return (
    <CodeBlock label="DNS records" caption="CoreDNS records (name, TTL, class, type, data)" copy={text}>
      {text}
    </CodeBlock>
  );
}
