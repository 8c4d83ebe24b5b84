import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBridge, createBrowserWorker, loadInProcessHandler } from './bridge';
import { createAppStore } from './store';
import { App } from './ui/App';
import { AppStoreContext } from './ui/store-context';

const bridge = createBridge({ createWorker: createBrowserWorker, loadInProcess: loadInProcessHandler });
const store = createAppStore(bridge);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <AppStoreContext value={store}>
      <App />
    </AppStoreContext>
  </StrictMode>,
);

store.getState().loadNow();
