// Quality of `analyze` on a folder whose verdicts are known: derivations found and stories grouped.
import { readFileSync } from 'node:fs';
import { analyzePaths } from '../src/pipeline.ts';
import type { EvalRow } from './row.ts';

/** What a folder should give: derivations (original, copy) and the story groups. */
export interface ExpectedVerdicts {
  description: string;
  /** False when only the pairs count, not which side is the original. */
  directed: boolean;
  derivations: Array<[string, string]>;
  stories: string[][];
}

/**
 * Analyses `folder` and compares with `expected`: precision and recall of derivations (direction
 * counts when `directed`), and the share of article pairs whose same-story status is right.
 */
export async function evaluateAnalysis(
  name: string,
  folder: string,
  expectedFile: string,
): Promise<EvalRow[]> {
  const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as ExpectedVerdicts;
  const analysis = await analyzePaths([folder]);
  const key = ([o, c]: [string, string]) => (expected.directed ? `${o}>${c}` : [o, c].sort().join('~'));
  const found = new Set(analysis.provenance.derivations.map((d) => key([d.original, d.copy])));
  const truth = new Set(expected.derivations.map(key));
  const hits = [...found].filter((k) => truth.has(k)).length;
  const storyOf = (groups: string[][]) =>
    new Map(groups.flatMap((g, i) => g.map((id): [string, number] => [id, i])));
  const expectedStory = storyOf(expected.stories);
  const foundStory = storyOf(analysis.stories.map((s) => s.articles));
  const ids = [...expectedStory.keys()];
  let agree = 0;
  let total = 0;
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const [a, b] = [ids[i] as string, ids[j] as string];
      total++;
      if ((expectedStory.get(a) === expectedStory.get(b)) === (foundStory.get(a) === foundStory.get(b)))
        agree++;
    }
  }
  const setting = `${analysis.articles.length} articles${expected.directed ? '' : ', direction not scored'}`;
  return [
    {
      measurement: 'derivation precision',
      data: name,
      setting,
      value: found.size === 0 ? (truth.size === 0 ? 1 : 0) : hits / found.size,
      target: 1,
    },
    {
      measurement: 'derivation recall',
      data: name,
      setting,
      value: truth.size === 0 ? 1 : hits / truth.size,
      target: 1,
    },
    {
      measurement: 'same-story pairs right',
      data: name,
      setting,
      value: total === 0 ? 1 : agree / total,
      target: 1,
    },
  ];
}
