import { useTranslation } from 'react-i18next';
import type { AppUrl } from '../../app-url/app-url';
import { openInAppUrl } from '../../app-url/app-url';
import { CanvasPane } from '../CanvasPane';
import { PlayerControls } from '../player/PlayerControls';
import { useRequestActions } from '../requests/use-request-actions';
import { ShareNoticeBanner } from '../share/ShareNoticeBanner';
import { EmbedRequestPicker } from './EmbedRequestPicker';
import { useAutoplay } from './use-autoplay';
import './embed.css';

/**
 * `?embed=1`: the graph and a compact player for an iframe in someone else's page. No editor, no panels;
 * the frame's size decides the layout, down to about 320×240. "Open in svcscope" opens the same scenario
 * in the full app, in a new tab so the reader keeps their page.
 */
export function EmbedApp({ url }: { readonly url: AppUrl }) {
  const { t } = useTranslation('embed');
  const actions = useRequestActions();
  useAutoplay(actions, url.autoplay, url.loop);
  return (
    <div className="embed">
      <ShareNoticeBanner embed />
      <div className="embed-canvas">
        <CanvasPane />
        {/* Over the canvas's corner, not in the bar: in a 320-pixel frame the bar has no room for it. */}
        <a className="embed-open" href={openInAppUrl(window.location.href)} target="_blank" rel="noopener" title={t('openInAppTitle')}>
          {t('openInApp')}
        </a>
      </div>
      <div className="embed-bar" role="region" aria-label={t('region')}>
        <EmbedRequestPicker actions={actions} />
        <PlayerControls />
      </div>
    </div>
  );
}
