import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { indexByLetter, nextMenuIndex } from './menu-keys';
import './share.css';

export interface MenuItem {
  readonly id: string;
  readonly label: string;
  /** A second line under the label: what the item needs, or what it makes. */
  readonly hint?: string;
  /** Still focusable and announced (aria-disabled), as the menu pattern asks, but does nothing. */
  readonly disabled?: boolean;
  readonly onSelect: () => void;
}

interface MenuButtonProps {
  readonly label: string;
  readonly items: readonly MenuItem[];
  readonly className?: string;
}

/**
 * A WAI-ARIA menu button: Enter, Space or ArrowDown opens the menu on its first item, ArrowUp on its last;
 * arrows, Home, End and letters move; Enter or Space picks; Escape closes and returns focus; Tab or a
 * click outside closes. Focus returns to the button before the item acts, so a dialog an item opens
 * hands focus back to the button when it closes.
 */
export function MenuButton({ label, items, className }: MenuButtonProps) {
  const buttonId = useId();
  const menuId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);

  useEffect(() => {
    if (open) itemRefs.current[active]?.focus();
  }, [open, active]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent): void => {
      const target = event.target as Node | null;
      if (target && !menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [open]);

  const openAt = (index: number): void => {
    setActive(index);
    setOpen(true);
  };
  const closeMenu = (refocus: boolean): void => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  const pick = (item: MenuItem): void => {
    if (item.disabled) return;
    closeMenu(true);
    item.onSelect();
  };

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>): void => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      openAt(0);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      openAt(items.length - 1);
    }
  };
  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      closeMenu(true);
      return;
    }
    if (event.key === 'Tab') {
      closeMenu(false);
      return;
    }
    const next =
      nextMenuIndex(event.key, active, items.length) ??
      indexByLetter(
        items.map((i) => i.label),
        event.key,
        active,
      );
    if (next !== null) {
      event.preventDefault();
      setActive(next);
    }
  };

  return (
    <div className={`menu${className ? ` ${className}` : ''}`}>
      <button
        ref={button}
        id={buttonId}
        type="button"
        className="menu-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? closeMenu(false) : openAt(0))}
        onKeyDown={onButtonKeyDown}
      >
        {label}
        <span aria-hidden="true" className="menu-caret">
          ▾
        </span>
      </button>
      {open ? (
        <ul ref={menu} id={menuId} role="menu" aria-labelledby={buttonId} className="menu-list" onKeyDown={onMenuKeyDown}>
          {items.map((item, index) => (
            <li key={item.id} role="none">
              <button
                ref={(element) => {
                  itemRefs.current[index] = element;
                }}
                type="button"
                role="menuitem"
                tabIndex={index === active ? 0 : -1}
                aria-disabled={item.disabled ? true : undefined}
                aria-label={item.label}
                aria-describedby={item.hint ? `${menuId}-${item.id}-hint` : undefined}
                className="menu-item"
                onClick={() => pick(item)}
                onPointerMove={() => index !== active && setActive(index)}
              >
                <span className="menu-item-label">{item.label}</span>
                {item.hint ? (
                  <span id={`${menuId}-${item.id}-hint`} className="menu-item-hint">
                    {item.hint}
                  </span>
                ) : null}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
