// Quality of `analyze` on a generated fictional corpus with injected copies of known kinds.
import { generateCorpus } from '../bench/corpus/generate.ts';
import { scoreDerivations } from '../bench/score.ts';
import { analyze } from '../src/pipeline.ts';
import type { EvalRow } from './row.ts';

/**
 * Precision and recall of the injected copies found (direction counts), overall and per kind; with
 * `reuse`, the corpus also holds lifts, compilations and chains (bench/corpus/generate.ts).
 */
export async function evaluateGenerated(articles: number, seed: number, reuse = false): Promise<EvalRow[]> {
  const corpus = generateCorpus({ articles, seed, reuse });
  const analysis = await analyze(
    corpus.articles.map((a) => ({
      id: a.id,
      path: `${a.id}.md`,
      text: a.text,
      meta: { published: a.published },
    })),
  );
  const score = scoreDerivations(analysis.provenance.derivations, corpus.truth);
  const data = `generated corpus${reuse ? ' with reuse' : ''} (seed ${seed})`;
  const setting = `${articles} articles, ${corpus.truth.length} injected copies`;
  return [
    { measurement: 'derivation precision', data, setting, value: score.precision, target: 0.98 },
    { measurement: 'derivation recall', data, setting, value: score.recall, target: 0.95 },
    ...Object.entries(score.recallByMethod).map(([method, recall]) => ({
      measurement: `recall of ${method} copies`,
      data,
      setting,
      value: recall,
    })),
  ];
}
