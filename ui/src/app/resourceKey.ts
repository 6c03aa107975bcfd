import type { ResourceRef } from '../api/types';

/** group/kind/namespace/name: how resource-tree nodes, status resources and diffs are matched. */
export function resourceKey(ref: Pick<ResourceRef, 'group' | 'kind' | 'namespace' | 'name'>): string {
  return `${ref.group ?? ''}/${ref.kind}/${ref.namespace ?? ''}/${ref.name}`;
}
