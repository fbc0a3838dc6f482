// Which sentences of a story's articles have a counterpart in another article, read from alignments.
import type { Alignment } from '../align/types.ts';
import { entry } from './map-entry.ts';

/** Per article, per sentence index, the other articles holding a sentence aligned with it. */
export type Counterparts = Map<string, Map<number, Set<string>>>;

/**
 * The counterparts of every sentence, from the links of each alignment: a link (score ≥ 0.62, or a
 * merge of a sentence with its neighbour's partner) means the two sentences say the same thing. A
 * heading names a section rather than stating a fact: its counterpart must keep its words (a link
 * not paraphrased), so "Concessions and guarantees" is not "Concessions under consideration".
 */
export function counterparts(
  alignments: Alignment[],
  isHeading: (article: string, sentence: number) => boolean,
): Counterparts {
  const out: Counterparts = new Map();
  const add = (article: string, sentence: number, other: string) =>
    entry(
      entry(out, article, () => new Map()),
      sentence,
      () => new Set<string>(),
    ).add(other);
  for (const alignment of alignments) {
    for (const link of alignment.links) {
      const heading = isHeading(alignment.a, link.a) || isHeading(alignment.b, link.b);
      if (heading && link.method === 'paraphrased') continue;
      add(alignment.a, link.a, alignment.b);
      add(alignment.b, link.b, alignment.a);
    }
  }
  return out;
}
