// A story's findings from its articles and stored verdicts: who copied whom (provenance), what each
// article brings (coverage), with the quotations matched across the story that coverage reads.
import { align } from '../align/index.ts';
import type { Alignment } from '../align/types.ts';
import type { PairVerdict } from '../classify/types.ts';
import { storyCoverage } from '../coverage/index.ts';
import { provenance } from '../provenance/index.ts';
import { articleQuotes } from '../quotes/index.ts';
import { compareQuotations } from '../quotes/match.ts';
import type { RepresentedArticle } from '../represent/types.ts';
import type { StoryFindings } from '../store/types.ts';

/**
 * Stories up to this size have every pair of articles aligned for coverage, the pairs the candidate
 * rules did not compare included (a fact two reports share is not then taken for either's own);
 * larger ones use the compared pairs only, as aligning all pairs grows with the square of the size.
 */
export const maxFullyAlignedStory = 30;

/** The findings of one story: `articles` are its members in order of arrival, `verdicts` those stored among them. */
export function findStory(
  story: string,
  articles: RepresentedArticle[],
  verdicts: PairVerdict[],
): StoryFindings {
  const stories = [{ id: story, articles: articles.map((a) => a.id) }];
  const { derivations, kinships } = provenance(articles, verdicts, stories);
  const found = new Map(articles.map((a) => [a.id, articleQuotes(a)]));
  const comparison = compareQuotations({ articles, found, stories, derivations, verdicts });
  const contributions = storyCoverage({
    articles,
    alignments: [...verdicts.map((v) => v.alignment), ...unalignedPairs(articles, verdicts)],
    derivations,
    quotes: [...found.values()].flat().map((f) => f.quote),
    comparison,
  });
  return { derivations, kinships, contributions };
}

/** Alignments of the pairs without a verdict, when the story is small enough to align them all. */
function unalignedPairs(articles: RepresentedArticle[], verdicts: PairVerdict[]): Alignment[] {
  if (articles.length > maxFullyAlignedStory) return [];
  const compared = new Set(verdicts.flatMap((v) => [`${v.a}\u0000${v.b}`, `${v.b}\u0000${v.a}`]));
  const out: Alignment[] = [];
  for (let i = 0; i < articles.length; i++) {
    for (let j = i + 1; j < articles.length; j++) {
      const [a, b] = [articles[i] as RepresentedArticle, articles[j] as RepresentedArticle];
      if (!compared.has(`${a.id}\u0000${b.id}`)) out.push(align(a, b));
    }
  }
  return out;
}
