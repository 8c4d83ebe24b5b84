import { useTranslation } from 'react-i18next';
import { linkProblemText } from './link-problem-text';
import type { ShareLinkState } from './share-link';

/** Why there is no link: too long for one (the file is offered beside it), or not shareable at all. */
export function LinkProblem({ link }: { readonly link: ShareLinkState }) {
  const { t } = useTranslation('share');
  const text = linkProblemText(link, t);
  if (text === null) return null;
  return (
    <p role="alert" className="dialog-problem">
      {text}
    </p>
  );
}
