import type { KubectlView } from '../../core';
import { CodeBlock } from './CodeBlock';

export function KubectlTab({ views }: { readonly views: readonly KubectlView[] }) {
  if (views.length === 0) return <p className="inspector-empty">kubectl has nothing to show for this: it is not a Kubernetes object.</p>;
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
