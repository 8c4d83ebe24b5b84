import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppUrl } from '../app-url/app-url';
import './app.css';
import { DiagnosticsList } from './diagnostics/DiagnosticsList';
import { ManifestEditor, type EditorHandle } from './editor/ManifestEditor';
import { isLargeText } from './editor/editor-setup';
import { useAppStore } from './store-context';
import { Inspector } from './inspector/Inspector';
import { CanvasPane } from './CanvasPane';
import { EmbedApp } from './embed/EmbedApp';
import { RequestsPanel } from './requests/RequestsPanel';
import { ShareNoticeBanner } from './share/ShareNoticeBanner';
import { StatusLine } from './status/StatusLine';
import { UpdateBanner } from './update/UpdateBanner';
import { Toolbar } from './toolbar/Toolbar';
import { PreferencesControls } from './preferences/PreferencesControls';
import { PreferencesSync } from './preferences/PreferencesSync';

/** `?embed=1` draws the embedded player (graph and a compact player) instead of the whole app. */
export function App({ url }: { readonly url: AppUrl }) {
  return (
    <>
      <PreferencesSync />
      {url.embed ? <EmbedApp url={url} /> : <FullApp />}
    </>
  );
}

function FullApp() {
  const editor = useRef<EditorHandle>(null);
  const { t } = useTranslation('app');
  const largeText = useAppStore((state) => isLargeText(state.text.length));
  const goTo = useCallback((line: number, column: number) => editor.current?.goTo(line, column), []);

  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <h1>svcscope</h1>
          <p>{t('tagline')}</p>
        </div>
        <Toolbar />
      </header>
      <ShareNoticeBanner />
      <UpdateBanner />
      <main className="app-main">
        <section className="editor-pane" aria-labelledby="editor-title">
          <div className="pane-title">
            <h2 id="editor-title" className="pane-heading">
              {t('manifests')}
            </h2>
            <span className="pane-hint">{largeText ? t('manifestsHintLarge') : t('manifestsHint')}</span>
          </div>
          <ManifestEditor ref={editor} />
          <DiagnosticsList onSelect={goTo} />
        </section>
        <CanvasPane />
        <RequestsPanel onGoToLine={goTo} />
        <Inspector onGoToLine={goTo} />
      </main>
      <footer className="app-footer">
        <StatusLine />
        {/* The reader's own settings sit in the status bar: always in view, never crowding the toolbar. */}
        <div className="preferences" role="group" aria-label={t('preferences')}>
          <PreferencesControls />
        </div>
      </footer>
    </div>
  );
}
