import type { SourceGroup } from './request-source';

/** The options of a request-source select, grouped (outside client, Nodes, pods by namespace). */
export function SourceOptions({ groups }: { readonly groups: readonly SourceGroup[] }) {
  return (
    <>
      {groups.map((group) => (
        <optgroup key={group.label} label={group.label}>
          {group.options.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}
