import { useTranslation } from 'react-i18next';
import type { KubectlView } from '../../core';
import { CodeBlock } from './CodeBlock';

/** kubectl's own output, named by its command (the command and the output are data, never translated). */
export function KubectlTab({ views }: { readonly views: readonly KubectlView[] }) {
  const { t } = useTranslation('inspector');
  if (views.length === 0) return <p className="inspector-empty">{t('kubectlNothing')}</p>;
  return (
    <>
      {views.map((view) => (
        <CodeBlock
          key={view.command}
          label={view.command}
          caption={
            <>
              <span className="prompt" aria-hidden="true">
                ${' '}
              </span>
              {view.command}
            </>
          }
          copy={`$ ${view.command}\n${view.text}`}
        >
          {view.text}
        </CodeBlock>
      ))}
    </>
  );
}
