import type { AriaLabelConfig, Edge } from '@xyflow/react';
import type { TFunction } from 'i18next';

type CanvasT = TFunction<'canvas'>;

const DIRECTIONS = ['up', 'down', 'left', 'right'] as const;

/**
 * React Flow's own accessible names (the zoom buttons and their panel) and keyboard help, in the UI's
 * language: React Flow takes them whole through its `ariaLabelConfig` prop. Make once per language: a new
 * object makes React Flow write its store again.
 */
export function flowAriaLabels(t: CanvasT): AriaLabelConfig {
  return {
    'node.a11yDescription.default': t('nodeKeys'),
    'node.a11yDescription.keyboardDisabled': t('nodeKeysMove'),
    // React Flow passes the arrow key's direction as an English word.
    'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) => {
      const known = DIRECTIONS.find((d) => d === direction);
      return t('nodeMoved', { direction: known ? t(`direction_${known}`) : direction, x, y });
    },
    'edge.a11yDescription.default': t('edgeKeys'),
    'controls.ariaLabel': t('flowControls'),
    'controls.zoomIn.ariaLabel': t('zoomIn'),
    'controls.zoomOut.ariaLabel': t('zoomOut'),
    'controls.fitView.ariaLabel': t('fitView'),
    'controls.interactive.ariaLabel': t('toggleInteractivity'),
    'minimap.ariaLabel': t('miniMap'),
    'handle.ariaLabel': t('handle'),
  };
}

/**
 * Edges named in the UI's language. React Flow's own name ("Edge from <id> to <id>") is not in its
 * ariaLabelConfig, so each edge gets it as `ariaLabel`; the ids of the ends are data and stay as they are.
 */
export function withEdgeNames<E extends Edge>(edges: readonly E[], t: CanvasT): (E & { readonly ariaLabel: string })[] {
  return edges.map((edge) => ({ ...edge, ariaLabel: t('edgeName', { source: edge.source, target: edge.target }) }));
}
