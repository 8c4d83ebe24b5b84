import type { ShareLinkState } from './share-link';
import { tooLargeMessage, tooLongMessage, unshareableMessage } from './strings';

/** Why there is no link: too long for one (the file is offered beside it), or not shareable at all. */
export function LinkProblem({ link }: { readonly link: ShareLinkState }) {
  if (link.type === 'failed') {
    return (
      <p role="alert" className="dialog-problem">
        {unshareableMessage(link.reason)}
      </p>
    );
  }
  if (link.type !== 'done' || link.result.ok) return null;
  const result = link.result;
  return (
    <p role="alert" className="dialog-problem">
      {result.reason === 'too-long' ? tooLongMessage(result.length, result.limit) : tooLargeMessage(result.bytes, result.limit)}
    </p>
  );
}
