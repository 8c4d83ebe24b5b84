import { useEffect, useState } from 'react';
import type { Scenario } from '../../share';
import { makeShareLink, type ShareLinkState } from './share-link';

/** The share link of a scenario, made (compressed) once per scenario; an answer for an older one is dropped. */
export function useShareLink(scenario: Scenario): ShareLinkState {
  const [link, setLink] = useState<ShareLinkState>({ type: 'making' });
  useEffect(() => {
    let live = true;
    void makeShareLink(window.location.href, scenario).then((state) => live && setLink(state));
    return () => {
      live = false;
    };
  }, [scenario]);
  return link;
}
