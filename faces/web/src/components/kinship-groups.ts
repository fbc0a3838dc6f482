// Kinships grouped for reading: one group per relation and path between its members.
import type { Kinship } from '../api/types.ts';

/** Articles related the same way through the same members: copies of one source, or a chain's ends. */
export interface KinGroup {
  relation: Kinship['relation'];
  via: string[];
  members: string[];
}

/** Kinships with the same relation and path between them grouped, members in order of first mention. */
export function groupKinships(kinships: Kinship[]): KinGroup[] {
  const groups = new Map<string, KinGroup>();
  for (const k of kinships) {
    const key = `${k.relation}\u0000${k.via.join('\u0000')}`;
    const group = groups.get(key) ?? { relation: k.relation, via: k.via, members: [] };
    for (const id of [k.a, k.b]) if (!group.members.includes(id)) group.members.push(id);
    groups.set(key, group);
  }
  return [...groups.values()];
}
