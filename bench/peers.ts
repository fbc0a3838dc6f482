// Compares copy finders on one generated fictional corpus with known copies: newstrace, Debian's
// sim_text and Dolos, each one entry of `peers`. Writes the corpus as .txt files to a temporary
// folder, runs each tool on it, and prints the seconds each took and its precision and recall of the
// injected derivations (per copy method), at its own threshold and at the threshold that suits it best.
// Usage: node --import tsx bench/peers.ts [--articles 2000] [--seed 1] [--only newstrace,sim_text,dolos]
//          [--exact-max 3000] [--keep] [--reuse (lifts, compilations and chains in the corpus too)]
// Needs: sim_text (apt-get install similarity-tester); Dolos installs itself into bench/node_modules on
// first use (npm ci --prefix bench).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Table from 'cli-table3';
import { type Corpus, generateCorpus, reuseSummary } from './corpus/generate.ts';
import { runDolos } from './peers/dolos.ts';
import { newstracePeer } from './peers/newstrace.ts';
import type { Peer, PeerRun } from './peers/peer.ts';
import {
  bestF1Threshold,
  bestPerPair,
  type PairScore,
  percentCell,
  type RecallKind,
  scorePairs,
} from './peers/score.ts';
import { runSimText, simTextMissing } from './peers/sim-text.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '1' },
    only: { type: 'string' },
    'exact-max': { type: 'string', default: '3000' },
    keep: { type: 'boolean', default: false },
    reuse: { type: 'boolean', default: false },
  },
});
const articles = Number(values.articles);
const seed = Number(values.seed);
const exactMax = Number(values['exact-max']);
const reuse = values.reuse;

// The recall columns of the quality table, and the false-positive kinds: the passage-level ones only with
// --reuse, so the table without it stays as it was.
const articleRecallColumns: Array<[string, RecallKind]> = [
  ['verbatim', 'verbatim'],
  ['edited', 'edited'],
  ['paraphr.', 'paraphrased'],
  ['partial', 'partial'],
];
const reuseRecallColumns: Array<[string, RecallKind]> = [
  ['lift verb.', 'liftVerbatim'],
  ['lift edit.', 'liftEdited'],
  ['compiled', 'compiled'],
  ['chained', 'chained'],
];
const recallColumns = reuse ? [...articleRecallColumns, ...reuseRecallColumns] : articleRecallColumns;
const wrongColumns: Array<[string, keyof PairScore['wrong']]> = [
  ['siblings', 'siblings'],
  ['same story', 'sameStory'],
  ['same base', 'sameBase'],
  ['other', 'other'],
  ...(reuse ? [['indirect', 'indirect'] as [string, keyof PairScore['wrong']]] : []),
];

/** sim_text's run, its percentages as 0–1 scores. */
const simTextRun =
  (eachPair: boolean): Peer['run'] =>
  async (folder, ids) => {
    const { seconds, pairs } = await runSimText(folder, ids, { eachPair });
    return { seconds, pairs: pairs.map((p) => ({ a: p.a, b: p.b, score: p.percent / 100 })) };
  };

/** Dolos's run with these options. */
const dolosRun =
  (options?: Parameters<typeof runDolos>[2]): Peer['run'] =>
  async (folder, ids) => {
    const { seconds, pairs } = await runDolos(folder, ids, options);
    return { seconds, pairs: pairs.map((p) => ({ a: p.a, b: p.b, score: p.similarity })) };
  };

// The first that runs is the one the others' times are divided by.
const peers: Peer[] = [
  newstracePeer(seed, true, reuse),
  {
    name: 'sim_text',
    settings: '-p -r 8 -t 20 (its defaults)',
    threshold: 0.2,
    unavailable: simTextMissing,
    run: simTextRun(false),
  },
  {
    name: 'sim_text -e',
    settings: '-p -e -r 8 -t 20: each pair alone',
    threshold: 0.2,
    // Quadratic in files: about 35 s at 2,000 articles on one free core, so 15 min or more at 10,000.
    unavailable: (n) =>
      simTextMissing() ?? (n > exactMax ? `skipped above --exact-max ${exactMax} articles` : undefined),
    run: simTextRun(true),
  },
  {
    name: 'Dolos',
    settings: 'char, k 23, w 17 (its defaults)',
    // Dolos ranks pairs and sets no cut; sim_text's 20% is used for both.
    threshold: 0.2,
    run: dolosRun(),
  },
  {
    name: 'Dolos -M 0.02',
    // Its boilerplate filter, set below the 1 in 24 articles that share a base text: tuned to this corpus.
    settings: 'as Dolos, ignoring k-grams in > 2% of files',
    threshold: 0.2,
    run: dolosRun({ maxFingerprintPercentage: 0.02 }),
  },
];

/** Writes each article as `<id>.txt` into a new temporary folder. */
function writeTexts(corpus: Corpus): string {
  const folder = mkdtempSync(join(tmpdir(), 'newstrace-bench-peers-'));
  for (const a of corpus.articles) writeFileSync(join(folder, `${a.id}.txt`), `${a.text}\n`);
  return folder;
}

interface Row {
  peer: Peer;
  run?: PeerRun;
  /** Why there is no run. */
  missing?: string;
  atOwn?: PairScore;
  atBest?: PairScore;
}

function printTables(rows: Row[], corpus: Corpus): void {
  const firstRow = rows.find((r) => r.run);
  const first = firstRow?.run?.seconds;
  const speed = new Table({
    style: { head: [], border: [] },
    head: ['tool', 'settings', 'seconds', `× ${firstRow?.peer.name ?? ''}`, 'articles/s', 'pairs reported'],
  });
  for (const { peer, run, missing } of rows) {
    if (!run) {
      speed.push([peer.name, peer.settings, { colSpan: 4, content: missing ?? '' }]);
      continue;
    }
    speed.push([
      peer.name,
      peer.settings,
      run.seconds.toFixed(2),
      first ? (run.seconds / first).toFixed(2) : '—',
      (corpus.articles.length / run.seconds).toFixed(0),
      run.pairs.length,
    ]);
  }
  console.log(speed.toString());
  const quality = new Table({
    style: { head: [], border: [] },
    head: [
      'tool',
      'cut at',
      'pairs',
      'precision %',
      'recall %',
      ...recallColumns.map(([label]) => label),
      `wrong: ${wrongColumns.map(([label]) => label).join(' / ')}`,
    ],
  });
  for (const { peer, atOwn, atBest } of rows) {
    for (const [label, s] of [
      ['', atOwn],
      [' (best F1)', atBest],
    ] as const) {
      if (!s) continue;
      // A tool that decides rather than ranks has one cut worth showing.
      if (s === atBest && atOwn && s.found === atOwn.found && s.correct === atOwn.correct) continue;
      quality.push([
        `${peer.name}${label}`,
        s.threshold.toFixed(3),
        s.found,
        percentCell(s.precision),
        percentCell(s.recall),
        ...recallColumns.map(([, kind]) => percentCell(s.recallByMethod[kind])),
        wrongColumns.map(([, kind]) => s.wrong[kind]).join(' / '),
      ]);
    }
  }
  console.log(quality.toString());
  console.log(
    [
      'A found pair is right when it is an injected (original, copy) pair, in either order; "best F1" is the cut',
      'tuned on the truth. Wrong pairs: two copies of one original; an independent report of the same event;',
      'two stories written from one base text (the same wording but for names and figures); other (in these',
      'corpora, pairs with a partial copy, whose added paragraphs come from a story of another base text).',
      ...(reuse
        ? [
            'Passage-level reuse: a lift is 1–3 paragraphs of an original, verbatim or lightly edited, in a long',
            "report of the host's own; a compilation stitches paraphrased runs of two sources (both edges count);",
            '"chained" is a light edit C of a paraphrase B of A, the edge B → C (A → B counts as paraphrased), and',
            'A with C is wrong: indirect. A lift host or compilation with a story of a base text it was written',
            'from counts as same base.',
          ]
        : []),
    ].join('\n'),
  );
}

async function main(): Promise<void> {
  if (!Number.isInteger(articles) || articles < 2) throw new RangeError('--articles needs an integer ≥ 2');
  const only = values.only?.split(',').map((s) => s.trim().toLowerCase());
  const chosen = only ? peers.filter((p) => only.includes(p.name.toLowerCase())) : peers;
  const corpus = generateCorpus({ articles, seed, independent: true, reuse });
  const byMethod = (m: string) => corpus.truth.filter((t) => t.method === m).length;
  console.log(
    `${corpus.articles.length} articles: ${corpus.truth.length} injected copies (verbatim ${byMethod('verbatim')}, ` +
      `edited ${byMethod('edited')}, paraphrased ${byMethod('paraphrased')}, partial ${byMethod('partial')}), ` +
      `${corpus.sameStory.length} independent same-story reports` +
      (reuse ? `; passage-level reuse: ${reuseSummary(corpus)}` : ''),
  );
  const folder = writeTexts(corpus);
  const ids = corpus.articles.map((a) => a.id);
  const rows: Row[] = [];
  try {
    for (const peer of chosen) {
      const missing = peer.unavailable?.(articles);
      if (missing) {
        console.error(`${peer.name}: ${missing}`);
        rows.push({ peer, missing });
        continue;
      }
      console.error(`${peer.name}: running on ${articles} articles …`);
      try {
        const run = await peer.run(folder, ids, corpus);
        const best = bestPerPair(run.pairs);
        rows.push({
          peer,
          run,
          atOwn: scorePairs(best, corpus, peer.threshold),
          atBest: scorePairs(best, corpus, bestF1Threshold(best, corpus)),
        });
        console.error(`${peer.name}: ${run.seconds.toFixed(1)} s, ${run.pairs.length} pairs`);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        console.error(`${peer.name} failed: ${message}`);
        rows.push({ peer, missing: `failed: ${message.split('\n')[0]}` });
      }
    }
  } finally {
    if (values.keep) console.error(`articles kept in ${folder}`);
    else rmSync(folder, { recursive: true, force: true });
  }
  printTables(rows, corpus);
}

await main();
