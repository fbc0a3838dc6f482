// Direction evidence from publication times: the earlier article is more likely the original.
import type { RawArticle } from '../../ingest/types.ts';
import type { Cue } from '../types.ts';

/** Log-odds a known earlier publication time adds; an update can move a time, so it is not decisive. */
const weight = 3;
/**
 * Log-odds left when the earlier article says it was updated after the later one appeared: the text
 * compared may be the update, which could have taken from the other.
 */
const updatedWeight = 1;

/** Compares declared publication times; no cue when either is missing or unparseable. */
export function timeCue(p: RawArticle, c: RawArticle): Cue | undefined {
  const tp = Date.parse(p.meta.published ?? '');
  const tc = Date.parse(c.meta.published ?? '');
  if (Number.isNaN(tp) || Number.isNaN(tc) || tp === tc) return undefined;
  const [first, second] = tp < tc ? [p, c] : [c, p];
  const gap = formatGap(Math.abs(tc - tp));
  const modified = Date.parse(first.meta.modified ?? '');
  const updatedAfter = !Number.isNaN(modified) && modified > Math.max(tp, tc);
  const evidence = `${first.id} was published ${gap} before ${second.id} (${first.meta.published} vs ${second.meta.published})`;
  const w = updatedAfter ? updatedWeight : weight;
  return {
    kind: 'time',
    logit: tp < tc ? w : -w,
    evidence: updatedAfter
      ? `${evidence}, but was updated at ${first.meta.modified}, after ${second.id} appeared: the text compared may be the update`
      : evidence,
  };
}

function formatGap(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 120) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  return hours < 48 ? `${hours} h` : `${Math.round(hours / 24)} days`;
}
