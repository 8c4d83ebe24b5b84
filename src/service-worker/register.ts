/**
 * Registers dist/sw.js, which makes the built site work offline after the first visit. Production builds
 * only: the dev server has no sw.js, and a cache in front of it would hide edits. Relative to the page
 * (`document.baseURI`), so a copy under a sub-path registers its own worker for its own folder.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = (): void => {
    // The app works the same without it (an insecure origin, a private window, storage refused): no error.
    navigator.serviceWorker.register(new URL('./sw.js', document.baseURI), { scope: './' }).catch(() => undefined);
  };
  // After the page's own loading: precaching fetches every file again and should not compete with it.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
