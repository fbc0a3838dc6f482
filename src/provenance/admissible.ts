// Which family members can be a copy's parent: not one published after it, nor one it could not
// have been copied from because it keeps text that member lost.
import type { RepresentedArticle } from '../represent/types.ts';
import { type AlignmentOf, mayDescendThrough, retention } from './retention.ts';

/**
 * Returns the `admissible(parent, child, ancestors)` test of `familyTree`: false when both times
 * are known and the parent was published after the child, or when the child keeps what the parent
 * changed of one of its ancestors (see retention.ts).
 */
export function admissibleParent(byId: Map<string, RepresentedArticle>, alignmentOf: AlignmentOf) {
  return (parent: string, child: string, ancestors: string[]): boolean => {
    const p = byId.get(parent) as RepresentedArticle;
    const c = byId.get(child) as RepresentedArticle;
    if (Date.parse(p.meta.published ?? '') > Date.parse(c.meta.published ?? '')) return false;
    return ancestors.every((q) =>
      mayDescendThrough(retention(byId.get(q) as RepresentedArticle, p, c, alignmentOf)),
    );
  };
}
