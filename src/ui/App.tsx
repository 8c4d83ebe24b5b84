import { useCallback, useRef } from 'react';
import './app.css';
import { DiagnosticsList } from './diagnostics/DiagnosticsList';
import { ManifestEditor, type EditorHandle } from './editor/ManifestEditor';
import { CanvasPane } from './CanvasPane';
import { StatusLine } from './status/StatusLine';
import { Toolbar } from './toolbar/Toolbar';

export function App() {
  const editor = useRef<EditorHandle>(null);
  const goTo = useCallback((line: number, column: number) => editor.current?.goTo(line, column), []);
  const openExample = useCallback((manifests: string) => editor.current?.replaceText(manifests), []);

  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <h1>svcscope</h1>
          <p>How Kubernetes Services route traffic</p>
        </div>
        <Toolbar onOpenExample={openExample} />
      </header>
      <main className="app-main">
        <section className="editor-pane" aria-labelledby="editor-title">
          <div className="pane-title">
            <h2 id="editor-title" className="pane-heading">
              Manifests
            </h2>
            <span className="pane-hint">YAML, JSON or kubectl get -o yaml output</span>
          </div>
          <ManifestEditor ref={editor} />
          <DiagnosticsList onSelect={goTo} />
        </section>
        <CanvasPane />
      </main>
      <footer className="app-footer">
        <StatusLine />
      </footer>
    </div>
  );
}
