import type { ReactNode } from 'react';
import { CopyButton } from './CopyButton';

interface CodeBlockProps {
  /** What the block is, for its accessible name and the copy button ("kubectl get svc myapp -o wide"). */
  readonly label: string;
  /** The caption line: a command prompt, or a title. */
  readonly caption: ReactNode;
  /** The text the copy button copies: what the block shows. */
  readonly copy: string;
  /** The text to show, or richer content (a marked rule listing). */
  readonly children: ReactNode;
  readonly actions?: ReactNode;
}

/**
 * A monospace block with a caption and a copy button. The pre is a named, focusable region: keyboard users
 * can scroll a wide kubectl table sideways.
 */
export function CodeBlock({ label, caption, copy, children, actions }: CodeBlockProps) {
  return (
    <figure className="code-block">
      <figcaption className="code-caption">
        <span className="code-caption-text">{caption}</span>
        {actions}
        <CopyButton text={copy} what={label} />
      </figcaption>
      <pre className="code-text" role="region" tabIndex={0} aria-label={label}>
        {children}
      </pre>
    </figure>
  );
}
