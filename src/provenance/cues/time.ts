// Direction evidence from publication times: the earlier article is more likely the original.
import type { RawArticle } from '../../ingest/types.ts';
import type { Cue } from '../types.ts';

/** Log-odds a known earlier publication time adds; an update can move a time, so it is not decisive. */
const weight = 3;

/** Compares declared publication times; no cue when either is missing or unparseable. */
export function timeCue(p: RawArticle, c: RawArticle): Cue | undefined {
  const tp = Date.parse(p.meta.published ?? '');
  const tc = Date.parse(c.meta.published ?? '');
  if (Number.isNaN(tp) || Number.isNaN(tc) || tp === tc) return undefined;
  const [first, second] = tp < tc ? [p, c] : [c, p];
  const gap = formatGap(Math.abs(tc - tp));
  return {
    kind: 'time',
    logit: tp < tc ? weight : -weight,
    evidence: `${first.id} was published ${gap} before ${second.id} (${first.meta.published} vs ${second.meta.published})`,
  };
}

function formatGap(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 120) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  return hours < 48 ? `${hours} h` : `${Math.round(hours / 24)} days`;
}
