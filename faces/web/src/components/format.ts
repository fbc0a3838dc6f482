// How numbers, dates and derivations are written on the pages.
import { derivationPhrase } from '../../../../src/report/derivation-phrase.ts';
import type { Derivation } from '../api/types.ts';

/** 0.934 → "93%". */
export const percent = (share: number) => `${Math.round(share * 100)}%`;

/** "2026-03-04T08:10:00-05:00" → "2026-03-04 08:10 -05:00": the time as the publisher gave it, shortened. */
export function formatPublished(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?/.exec(iso);
  if (!match) return iso;
  const [, day, time, zone] = match;
  return [day, time, zone === 'Z' ? 'UTC' : zone].filter(Boolean).join(' ');
}

/**
 * An arrow's label in the provenance graph: the method and the share of the copy taken for a whole
 * derivation ("paraphrased, 93%"), the paragraphs taken for a partial one ("2¶ verbatim").
 */
export function edgeLabel(d: Pick<Derivation, 'method' | 'scope' | 'paragraphs' | 'copyCoverage'>): string {
  return d.scope === 'partial'
    ? `${d.paragraphs ?? 0}¶ ${d.method}`
    : `${d.method}, ${percent(d.copyCoverage)}`;
}

/** "paraphrased" or "2 paragraphs taken (edited)", as the CLI and the HTML report say it. */
export const derivationName = (d: Pick<Derivation, 'method' | 'scope' | 'paragraphs'>) => derivationPhrase(d);

/** "3 articles", "1 article". */
export const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
