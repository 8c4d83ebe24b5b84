import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InspectorTab } from '../../store';
import { nextTabIndex } from './tab-keys';

interface InspectorTabsProps {
  readonly tabs: readonly InspectorTab[];
  readonly active: InspectorTab;
  readonly idPrefix: string;
  readonly onSelect: (tab: InspectorTab) => void;
}

/** A WAI-ARIA tablist: one tab in the Tab order, arrow keys move between tabs and show them. */
export function InspectorTabs({ tabs, active, idPrefix, onSelect }: InspectorTabsProps) {
  const { t } = useTranslation('inspector');
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const next = nextTabIndex(event.key, tabs.indexOf(active), tabs.length);
    const tab = next === undefined ? undefined : tabs[next];
    if (next === undefined || !tab) return;
    event.preventDefault();
    onSelect(tab);
    buttons.current[next]?.focus();
  };
  return (
    <div role="tablist" aria-label={t('views')} className="inspector-tabs" onKeyDown={onKeyDown}>
      {tabs.map((tab, index) => (
        <button
          key={tab}
          ref={(element) => {
            buttons.current[index] = element;
          }}
          type="button"
          role="tab"
          id={`${idPrefix}-tab-${tab}`}
          aria-selected={tab === active}
          // Only the active tab's panel is drawn.
          aria-controls={tab === active ? `${idPrefix}-panel-${tab}` : undefined}
          tabIndex={tab === active ? 0 : -1}
          className="inspector-tab"
          onClick={() => onSelect(tab)}
        >
          {t(`tab_${tab}`)}
        </button>
      ))}
    </div>
  );
}
