/** Media glyphs drawn as SVG: the ⏮ ⏭ ⏸ code points are missing from many system fonts. */
export type PlayerIconName = 'play' | 'pause' | 'previous' | 'next';

const PATHS: Readonly<Record<PlayerIconName, string>> = {
  play: 'M5 3.5v13l11-6.5z',
  pause: 'M5 3.5h3.5v13H5zM11.5 3.5H15v13h-3.5z',
  previous: 'M4 3.5h2.5v13H4zM16 3.5v13L7 10z',
  next: 'M13.5 3.5H16v13h-2.5zM4 3.5v13l9-6.5z',
};

export function PlayerIcon({ name }: { readonly name: PlayerIconName }) {
  return (
    <svg className="player-icon" viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="currentColor" />
    </svg>
  );
}
