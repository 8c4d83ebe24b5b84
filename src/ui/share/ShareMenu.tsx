import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findExample } from '../../examples';
import { MAX_FILE_BYTES, readScenarioFile, type Scenario, type ScenarioResult } from '../../share';
import { selectGraph } from '../../store';
import { subjectName } from '../export/export-name';
import { useAppStore, useAppStoreApi } from '../store-context';
import { EmbedDialog } from './EmbedDialog';
import { MenuButton } from './MenuButton';
import { ShareDialog } from './ShareDialog';
import { downloadScenarioFile } from './share-link';
import { exampleTitle } from './example-title';
import { useCurrentScenario } from './use-current-scenario';

type Open = { readonly dialog: 'share' | 'embed'; readonly scenario: Scenario } | null;

/** Share ▾: a link, embed code, the scenario as a file, and opening such a file. */
export function ShareMenu() {
  const { t, i18n } = useTranslation('share');
  const store = useAppStoreApi();
  const graph = useAppStore(selectGraph);
  const current = useCurrentScenario();
  const [open, setOpen] = useState<Open>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const openFile = async (file: File): Promise<void> => {
    // Refused before reading: a huge file is not worth loading into memory to find out.
    const result: ScenarioResult =
      file.size > MAX_FILE_BYTES
        ? // In src/share's English, as its own refusals are: the banner words the code in other languages.
          { ok: false, code: 'too-large', reason: `the file is larger than ${Math.floor(MAX_FILE_BYTES / 1024 / 1024)} MiB` }
        : readScenarioFile(await file.text().catch(() => ''));
    if (result.ok) store.getState().applyScenario(result.scenario);
    else store.getState().showShareNotice({ type: 'refused-file', code: result.code, reason: result.reason, fileName: file.name });
  };

  const frameTitle = (scenario: Scenario): string => {
    const example = scenario.exampleId === undefined ? undefined : findExample(scenario.exampleId);
    return t('frameTitle', { name: example ? exampleTitle(example, i18n.language) : subjectName(graph, undefined, undefined, t('frameTitleGraph')) });
  };

  return (
    <>
      <MenuButton
        label={t('menu')}
        items={[
          { id: 'link', label: t('menuShareLink'), onSelect: () => setOpen({ dialog: 'share', scenario: current() }) },
          { id: 'embed', label: t('menuEmbed'), onSelect: () => setOpen({ dialog: 'embed', scenario: current() }) },
          { id: 'download', label: t('menuDownloadFile'), onSelect: () => downloadScenarioFile(current()) },
          { id: 'open', label: t('menuOpenFile'), onSelect: () => fileInput.current?.click() },
        ]}
      />
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        aria-label={t('openFileInput')}
        className="visually-hidden"
        tabIndex={-1}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file) void openFile(file);
        }}
      />
      {open?.dialog === 'share' ? <ShareDialog scenario={open.scenario} onClose={() => setOpen(null)} /> : null}
      {open?.dialog === 'embed' ? <EmbedDialog scenario={open.scenario} defaultTitle={frameTitle(open.scenario)} onClose={() => setOpen(null)} /> : null}
    </>
  );
}
