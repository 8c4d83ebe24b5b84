import { useTranslation } from 'react-i18next';
import { CodeBlock } from './CodeBlock';

export function DnsTab({ records, kind }: { readonly records: readonly string[]; readonly kind: string }) {
  const { t } = useTranslation('inspector');
  if (records.length === 0) return <p className="inspector-empty">{kind === 'Client' ? t('dnsNoNameClient') : t('dnsNoName', { kind })}</p>;
  const text = `${records.join('\n')}\n`;
  return (
    <CodeBlock label={t('dnsRecords')} caption={t('dnsCaption')} copy={text}>
      {text}
    </CodeBlock>
  );
}
