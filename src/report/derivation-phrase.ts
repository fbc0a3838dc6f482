// How a derivation is named to a reader: its method, or for a partial one what was taken.
import type { Derivation } from '../provenance/types.ts';

/** "verbatim" for a whole derivation; "3 paragraphs taken (edited)" for a partial one. */
export function derivationPhrase(d: Pick<Derivation, 'method' | 'scope' | 'paragraphs'>): string {
  if (d.scope !== 'partial') return d.method;
  const n = d.paragraphs ?? 0;
  return `${n} paragraph${n === 1 ? '' : 's'} taken (${d.method})`;
}
