import { useTranslation } from 'react-i18next';
import type { InspectResult } from '../../core';
import { CodeBlock } from './CodeBlock';

interface YamlTabProps {
  readonly result: InspectResult;
  readonly onGoToLine: (line: number, column: number) => void;
}

export function YamlTab({ result, onGoToLine }: YamlTabProps) {
  const { t } = useTranslation('inspector');
  const line = result.sourceLine;
  return (
    <>
      {result.sourceYaml !== undefined ? (
        <CodeBlock
          label={t('yamlAsPasted')}
          caption={t('asPasted')}
          copy={result.sourceYaml}
          actions={
            line !== undefined ? (
              <button type="button" className="link-button" onClick={() => onGoToLine(line, 1)}>
                {t('showInEditor', { line })}
              </button>
            ) : null
          }
        >
          {result.sourceYaml}
        </CodeBlock>
      ) : (
        <p className="inspector-note">{result.kind === 'Client' ? t('notInTextClient') : t('notInTextMade')}</p>
      )}
      <CodeBlock label={t('yamlWithDefaults')} caption={t('withDefaultsCaption')} copy={result.defaultedYaml}>
        {result.defaultedYaml}
      </CodeBlock>
    </>
  );
}
