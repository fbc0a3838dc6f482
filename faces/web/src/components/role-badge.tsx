// An article's role in its story as a small coloured badge.
import type { Contribution } from '../api/types.ts';

export type Role = Contribution['role'];

/** "original", "copy" or "independent", coloured by role. */
export function RoleBadge({ role }: { role: Role }) {
  return <span className={`role ${role}`}>{role}</span>;
}
