import type { InspectResult } from '../../core';
import { CodeBlock } from './CodeBlock';

interface YamlTabProps {
  readonly result: InspectResult;
  readonly onGoToLine: (line: number, column: number) => void;
}

export function YamlTab({ result, onGoToLine }: YamlTabProps) {
  const line = result.sourceLine;
  return (
    <>
      {result.sourceYaml !== undefined ? (
        <CodeBlock
          label="YAML as pasted"
          caption="As pasted"
          copy={result.sourceYaml}
          actions={
            line !== undefined ? (
              <button type="button" className="link-button" onClick={() => onGoToLine(line, 1)}>
                Show in editor (line {line})
              </button>
            ) : null
          }
        >
          {result.sourceYaml}
        </CodeBlock>
      ) : (
        <p className="inspector-note">Not in your text: {result.kind === 'Client' ? 'svcscope adds this client.' : 'a controller or the cluster made this object.'}</p>
      )}
      <CodeBlock label="YAML with API defaults" caption="With API defaults (kubectl get -o yaml)" copy={result.defaultedYaml}>
        {result.defaultedYaml}
      </CodeBlock>
    </>
  );
}
