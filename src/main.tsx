import { StrictMode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createRoot } from 'react-dom/client';
import { readAppUrl } from './app-url/app-url';
import { startApp } from './app-url/start-app';
import { createBridge, createBrowserWorker, loadInProcessHandler } from './bridge';
import { createAppStore } from './store';
import { createI18n } from './i18n/create-i18n';
import { registerServiceWorker } from './service-worker/register';
import { App } from './ui/App';
import { applyPreferencesNow } from './ui/preferences/PreferencesSync';
import { AppStoreContext } from './ui/store-context';

const url = readAppUrl(window.location.href);
const bridge = createBridge({ createWorker: createBrowserWorker, loadInProcess: loadInProcessHandler });
// An embed never reads or writes the saved manifests: a blog post must not overwrite someone's work.
const store = createAppStore(bridge, { ...(url.embed ? { storage: null } : {}), requestedLanguage: url.language });
const i18n = createI18n(store.getState().language);
applyPreferencesNow(store.getState().theme, store.getState().language);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <AppStoreContext value={store}>
        <App url={url} />
      </AppStoreContext>
    </I18nextProvider>
  </StrictMode>,
);

void startApp(store, url, {
  href: window.location.href,
  hash: window.location.hash,
  replaceAddress: (href) => window.history.replaceState(window.history.state, '', href),
});

// Not in an embed: a blog post's reader should not download and keep the whole app for a player.
if (!url.embed) registerServiceWorker();
