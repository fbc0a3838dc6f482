// The corpus index: articles added in batches, each compared only with the indexed articles its keys
// point at; stories and who-copied-whom kept up to date as articles arrive. `analyze` is an index in
// memory plus a report; `newstrace ingest` is one on disk.
import { availableParallelism } from 'node:os';
import { recentlyUsed } from '../bounded-map.ts';
import { chooseCandidates, defaultCandidateRules, keyMatches } from '../candidates/choose.ts';
import { withinWindow } from '../candidates/time-window.ts';
import type { PairVerdict } from '../classify/types.ts';
import { diagnostic } from '../errors.ts';
import type { RawArticle } from '../ingest/types.ts';
import { articleQuotes, rememberQuotes } from '../quotes/index.ts';
import type { RepresentedArticle } from '../represent/types.ts';
import type { IndexedArticle, IndexStore, ListedQuote, StoryFindings, StoryRow } from '../store/types.ts';
import { joinedLabel } from '../stories/index.ts';
import { type ArticleSource, inBatches } from './batches.ts';
import { compareWith } from './compare.ts';
import { findStory } from './findings.ts';
import { createPreparer, type Prepared, type PreparedArticle, representStored } from './prepare.ts';
import { type PreparePool, preparePool } from './prepare-pool.ts';
import type {
  AddReport,
  ArticleSummary,
  CorpusIndexOptions,
  Sources,
  StoryDetail,
  StoryListing,
  StoryPageOptions,
} from './types.ts';

export type * from './types.ts';

/** Articles per transaction: large enough to be fast, small enough that a kill loses little work. */
const defaultBatchSize = 500;

/** Called as work advances: stage name, units done, units in all. */
export type Progress = (stage: string, done: number, total: number) => void;

export interface CorpusIndex {
  /**
   * Adds articles, given at once or in chunks as they are read. Each batch of 500 is read (segmented,
   * represented, keyed: progress stage `read` when done in this thread), then stored, compared and
   * grouped (stage `compare`, per article) in one transaction. Batches after the first are read in
   * worker threads while the one before is compared. Totals count the articles received so far.
   */
  add(source: ArticleSource, onProgress?: Progress): Promise<AddReport>;
  /** An indexed article's sources and copies; undefined when the id is not indexed. */
  sources(id: string): Promise<Sources | undefined>;
  /**
   * The sources of an article that is not to be kept: compared with the index as `add` would compare
   * it, its story's findings found again with it, nothing written (so it never waits for a writer).
   */
  sourcesOf(raw: RawArticle): Promise<{ sources?: Sources; report: AddReport }>;
  /** Stories with an article published (or ingested, lacking a date) since `since`, newest first. */
  stories(since?: string): Promise<StoryListing[]>;
  /**
   * One page of `stories`, newest first (see IndexStore.storiesPage): `next` is the `before` of the
   * page after it, undefined on the last page.
   */
  storiesPage(options: StoryPageOptions): Promise<{ stories: StoryListing[]; next?: number }>;
  /** One story by its label, with its kinships and full derivations; undefined when no story has it. */
  story(label: string): Promise<StoryDetail | undefined>;
  /** Stored quotations by speaker (see IndexStore.quotations). */
  quotations(options: { speaker?: string; limit: number }): Promise<ListedQuote[]>;
  article(id: string): Promise<IndexedArticle | undefined>;
  /** Represented articles by id (from the cache, or read again from their stored text). */
  represented(ids: string[]): Promise<RepresentedArticle[]>;
  verdictsAmong(ids: string[]): Promise<PairVerdict[]>;
  store: IndexStore;
  close(): Promise<void>;
}

/** An indexed article as answers name it. */
export function articleSummary(
  a: Pick<IndexedArticle, 'id' | 'title' | 'path' | 'story' | 'meta'>,
): ArticleSummary {
  return {
    id: a.id,
    title: a.title,
    path: a.path,
    story: a.story,
    ...(a.meta.published ? { published: a.meta.published } : {}),
    ...(a.meta.publisher ? { publisher: a.meta.publisher } : {}),
  };
}

/**
 * Verdicts in the order the SQLite store reads them among `ids` (by the earlier article's arrival,
 * then by the later one's id as SQLite orders text), so that findings found in memory for a query
 * are those found after storing it.
 */
function inStoreOrder(verdicts: PairVerdict[], ids: string[]): PairVerdict[] {
  const at = new Map(ids.map((id, i) => [id, i]));
  return [...verdicts].sort(
    (x, y) => (at.get(x.a) ?? 0) - (at.get(y.a) ?? 0) || Buffer.compare(Buffer.from(x.b), Buffer.from(y.b)),
  );
}

export async function openCorpusIndex(
  store: IndexStore,
  options: CorpusIndexOptions = {},
): Promise<CorpusIndex> {
  const preparer = await createPreparer();
  // Copies mostly arrive soon after their originals, so recent articles are the ones compared again.
  const cache = recentlyUsed<string, RepresentedArticle>(options.cacheSize ?? 500);
  const rules = { ...defaultCandidateRules, ...options.candidates };
  const semantic = options.semantic ?? 'glove';

  /** A stored article represented: from the cache, or read again from its text. */
  function representedOf(stored: IndexedArticle): RepresentedArticle {
    const cached = cache.get(stored.id);
    if (cached) return cached;
    const article = representStored(stored);
    cache.set(article.id, article);
    return article;
  }

  async function represented(ids: string[]): Promise<RepresentedArticle[]> {
    const out: RepresentedArticle[] = [];
    for (const id of ids) {
      const cached = cache.get(id);
      const stored = cached ? undefined : await store.byId(id);
      if (cached) out.push(cached);
      else if (stored) out.push(representedOf(stored));
    }
    return out;
  }

  /** The refs of the indexed articles a new article is compared with. */
  async function candidatesOf(p: PreparedArticle): Promise<number[]> {
    // Every stored article, by the refs stored: they need not run 1…count (PostgreSQL leaves gaps).
    if (options.compareAll) return store.refs();
    const hits = {
      anchorPostings: await store.anchorPostings(p.keys.anchorKeys, rules.maxPostings),
      bandPostings: await store.bandPostings(p.keys.bands, rules.maxPostings),
      passagePostings: await store.passagePostings(p.keys.passages, rules.maxPassagePostings),
    };
    const matches = keyMatches(p.keys, hits, rules);
    const anchorsOf = await store.anchorsOf(matches.map((m) => m.article));
    // A passage is judged by its specific names and numbers: those held by as few articles as a
    // fingerprint may be (a figure every report from one template states is held by many).
    const specific = new Set(
      p.keys.anchors.filter(
        (_, i) => (hits.anchorPostings[i]?.length ?? Infinity) <= rules.maxPassagePostings,
      ),
    );
    const sentenceAnchors = p.represented.features.map((f) => f.anchors.filter((a) => specific.has(a)));
    return chooseCandidates(p.keys, matches, (ref) => anchorsOf.get(ref) ?? [], sentenceAnchors, rules)
      .map((c) => c.article)
      .sort((x, y) => x - y);
  }

  /** Joins the stories of related pairs; returns the joined story's label, whose findings must be found again. */
  async function joinStories(id: string, verdicts: PairVerdict[]): Promise<string | undefined> {
    const related = verdicts.filter((v) => v.relation !== 'unrelated').map((v) => v.a);
    if (related.length === 0) return undefined;
    const labels = new Set([id]);
    for (const other of related) labels.add((await store.byId(other))?.story ?? other);
    const label = joinedLabel(labels);
    await store.relabelStories([...labels], label);
    return label;
  }

  /** Finds who copied whom in a story, and what each article brings to it, again from its stored verdicts. */
  async function refreshFindings(story: string): Promise<void> {
    const members = await store.storyMembers(story);
    if (members.length === 0) return;
    const articles = await represented(members);
    const verdicts = await store.verdictsAmong(members);
    await store.putFindings(story, findStory(story, articles, verdicts));
  }

  /** The key of a compared pair in the verdicts found ahead: the earlier article's id, then the new one's. */
  const pairKey = (earlier: string, later: string) => `${earlier}\u0000${later}`;

  /** The stored candidates of a new article, within the time window. */
  async function storedCandidates(p: PreparedArticle): Promise<IndexedArticle[]> {
    return withinWindow(await store.byRefs(await candidatesOf(p)), p.stored.meta.published, rules.windowDays);
  }

  /**
   * Verdicts of each new article of a batch with its candidates among the articles committed so far,
   * found before the transaction: a verdict depends on its two articles only, so the transaction
   * then compares each article only with candidates stored since (by other writers, or earlier in
   * the batch) and ends as if it had compared all, while other writers' transactions proceed.
   */
  async function compareAhead(prepared: PreparedArticle[]): Promise<Map<string, PairVerdict>> {
    const ahead = new Map<string, PairVerdict>();
    for (const p of prepared) {
      if (await store.byId(p.stored.id)) continue;
      const earlier = (await storedCandidates(p)).map(representedOf);
      for (const v of await compareWith(p.represented, earlier, semantic)) ahead.set(pairKey(v.a, v.b), v);
    }
    return ahead;
  }

  /** Verdicts of `p` with each of `candidates`, in their order: those found ahead, the rest compared now. */
  async function verdictsWith(
    p: PreparedArticle,
    candidates: IndexedArticle[],
    ahead: Map<string, PairVerdict>,
  ): Promise<PairVerdict[]> {
    const earlier = candidates.map(representedOf);
    const found = new Map(
      (
        await compareWith(
          p.represented,
          earlier.filter((e) => !ahead.has(pairKey(e.id, p.stored.id))),
          semantic,
        )
      ).map((v) => [v.a, v]),
    );
    return earlier.map((e) => (ahead.get(pairKey(e.id, p.stored.id)) ?? found.get(e.id)) as PairVerdict);
  }

  /** Stores, compares and groups prepared articles; the caller holds the transaction. */
  async function indexPrepared(
    prepared: PreparedArticle[],
    ahead: Map<string, PairVerdict>,
    report: AddReport,
    onIndexed: () => void,
  ): Promise<void> {
    const touched = new Set<string>();
    for (const p of prepared) {
      const existing = await store.byId(p.stored.id);
      if (existing) {
        if (existing.contentHash === p.stored.contentHash) report.alreadyIndexed.push(p.stored.id);
        else {
          report.idTaken.push(p.stored.id);
          report.diagnostics.push(
            diagnostic('NT_INDEX_ID_TAKEN', 'index', p.stored.path, `id "${p.stored.id}"`),
          );
        }
      } else {
        const candidates = await storedCandidates(p);
        const ref = await store.insert(p.stored, p.keys);
        if (p.quotes) rememberQuotes(p.represented, p.quotes);
        await store.putQuotes(
          ref,
          articleQuotes(p.represented).map((f) => f.quote),
        );
        cache.set(p.stored.id, p.represented);
        const verdicts = await verdictsWith(p, candidates, ahead);
        await store.putVerdicts(verdicts);
        const story = await joinStories(p.stored.id, verdicts);
        if (story) touched.add(story);
        report.added.push(p.stored.id);
      }
      onIndexed();
    }
    for (const story of touched) await refreshFindings(story);
  }

  /** Stores, compares and groups a prepared batch in one transaction: all of it is kept, or none. */
  async function commitBatch(batch: Prepared, report: AddReport, onIndexed: () => void): Promise<void> {
    report.diagnostics.push(...batch.diagnostics);
    const ahead = options.compareAhead ? await compareAhead(batch.prepared) : new Map<string, PairVerdict>();
    await store.begin();
    try {
      await indexPrepared(batch.prepared, ahead, report, onIndexed);
      await store.commit();
    } catch (error) {
      await store.rollback();
      for (const p of batch.prepared) cache.delete(p.stored.id);
      throw error;
    }
  }

  /** The ids of the stories `labels`, merged in order of arrival. */
  async function membersInArrivalOrder(labels: string[]): Promise<string[]> {
    const articles: IndexedArticle[] = [];
    for (const label of labels)
      for (const id of await store.storyMembers(label))
        articles.push((await store.byId(id)) as IndexedArticle);
    return articles.sort((x, y) => x.ref - y.ref).map((a) => a.id);
  }

  /** A story as listed: its articles with their roles, its derivations in short, its contributions. */
  async function listing(row: StoryRow, findings: StoryFindings): Promise<StoryListing> {
    const { derivations, contributions } = findings;
    const originals = new Set(derivations.map((d) => d.original));
    const copies = new Set(derivations.map((d) => d.copy));
    const articles = (await store.heads(row.ids)).map((a) => {
      const role = copies.has(a.id) ? 'copy' : originals.has(a.id) ? 'original' : 'independent';
      return { ...articleSummary(a), role } as const;
    });
    return {
      story: row.story,
      articles,
      derivations: derivations.map((d) => ({
        original: d.original,
        copy: d.copy,
        method: d.method,
        scope: d.scope,
        ...(d.paragraphs !== undefined ? { paragraphs: d.paragraphs } : {}),
        confidence: d.confidence,
      })),
      contributions,
    };
  }

  /**
   * The sources of `article` from the findings naming it and its story's members: the articles it is
   * derived from and those derived from it, its kin, the rest of its story as independent reports.
   */
  async function sourcesAnswer(
    article: Pick<IndexedArticle, 'id' | 'title' | 'path' | 'story' | 'meta' | 'sentences'>,
    { derivations, kinships }: StoryFindings,
    members: string[],
  ): Promise<Sources> {
    const id = article.id;
    const family = new Set(derivations.flatMap((d) => [d.original, d.copy]));
    const kin = new Set(kinships.flatMap((k) => [k.a, k.b]));
    const named = [
      article,
      ...(await Promise.all([...family].filter((other) => other !== id).map((other) => store.byId(other)))),
    ];
    return {
      article: articleSummary(article),
      derivedFrom: derivations.filter((d) => d.copy === id),
      copiedBy: derivations.filter((d) => d.original === id),
      kinships,
      independent: members.filter((other) => other !== id && !family.has(other) && !kin.has(other)),
      sentences: Object.fromEntries(named.flatMap((a) => (a ? [[a.id, a.sentences]] : []))),
    };
  }

  const workers = options.prepareWorkers ?? Math.max(0, availableParallelism() - 1);
  const batchSize = options.batchSize ?? defaultBatchSize;
  let pool: PreparePool | undefined;

  const index: CorpusIndex = {
    store,
    async add(source, onProgress = () => {}) {
      const report: AddReport = { added: [], alreadyIndexed: [], idTaken: [], diagnostics: [] };
      const batches = inBatches(source, batchSize)[Symbol.asyncIterator]();
      let received = 0;
      const total = () => (Array.isArray(source) ? source.length : received);
      // Batches waiting to be compared. The first is read in this thread when its turn comes; each
      // later one goes to a worker thread as soon as a worker is free, so reading overlaps comparing
      // and at most one batch per worker is held besides the one being compared.
      // A worker's batch says when it was ready there, which tells which side is behind.
      const queue: Array<{ inWorker: boolean; take: () => Promise<{ batch: Prepared; readyAt?: number }> }> =
        [];
      let quotesInWorkers = true;
      const waiting = () => (workers === 0 ? queue.length : queue.filter((q) => q.inWorker).length);
      const fill = async () => {
        while (waiting() < Math.max(1, workers)) {
          const next = await batches.next();
          if (next.done) return;
          const raw = next.value;
          const offset = received;
          received += raw.length;
          if (workers === 0 || offset === 0) {
            const onEach = (n: number) => onProgress('read', offset + n, total());
            const take = async () => ({ batch: preparer.prepare(raw, { onEach }) });
            queue.push({ inWorker: false, take });
          } else {
            pool ??= preparePool(workers);
            const read = pool.prepare(raw, quotesInWorkers);
            // Awaited in its turn; until then a failure must not count as unhandled.
            read.catch(() => {});
            queue.push({ inWorker: true, take: () => read });
          }
        }
      };
      let done = 0;
      await fill();
      for (let next = queue.shift(); next; next = queue.shift()) {
        const asked = performance.timeOrigin + performance.now();
        const { batch, readyAt } = await next.take();
        // Finding quotations is the one part of reading that either thread can do with the same
        // result. A batch ready before this thread asked for it means the workers are ahead: they
        // find the next batch's quotations; else this thread finds them when it needs them.
        if (readyAt !== undefined) quotesInWorkers = readyAt <= asked;
        await fill();
        await commitBatch(batch, report, () => onProgress('compare', ++done, total()));
      }
      return report;
    },
    async sources(id) {
      const article = await store.byId(id);
      if (!article) return undefined;
      return sourcesAnswer(article, await store.findingsOf(id), await store.storyMembers(article.story));
    },
    async sourcesOf(raw) {
      const report: AddReport = { added: [], alreadyIndexed: [], idTaken: [], diagnostics: [] };
      const { prepared, diagnostics } = preparer.prepare([raw]);
      report.diagnostics.push(...diagnostics);
      const p = prepared[0];
      if (!p) return { report };
      const stored = await store.byId(p.stored.id);
      if (stored?.contentHash === p.stored.contentHash) {
        report.alreadyIndexed.push(p.stored.id);
        const sources = await index.sources(p.stored.id);
        return sources ? { sources, report } : { report };
      }
      // Another article holds the id: the query is compared under a name no stored article has.
      const id = stored ? `${p.stored.id} (query)` : p.stored.id;
      const query = { ...p.represented, id };
      // As `add` would: compared with its candidates, the stories of related ones joined, and the
      // joined story's findings found again with the query as its newest article; but in memory.
      const candidates = await storedCandidates(p);
      const verdicts = await compareWith(query, candidates.map(representedOf), semantic);
      const related = verdicts.filter((v) => v.relation !== 'unrelated').map((v) => v.a);
      const labels = new Set([id]);
      for (const other of related) labels.add((await store.byId(other))?.story ?? other);
      const story = joinedLabel(labels);
      const joined = await membersInArrivalOrder([...labels].filter((l) => l !== id));
      const members = [...joined, id];
      const found: StoryFindings = { derivations: [], kinships: [], contributions: [] };
      if (related.length > 0) {
        const inStory = new Set(members);
        const all = [...(await store.verdictsAmong(joined)), ...verdicts.filter((v) => inStory.has(v.a))];
        Object.assign(
          found,
          findStory(story, [...(await represented(joined)), query], inStoreOrder(all, members)),
        );
      }
      const mine: StoryFindings = {
        derivations: found.derivations.filter((d) => d.original === id || d.copy === id),
        kinships: found.kinships.filter((k) => k.a === id || k.b === id),
        contributions: found.contributions.filter((c) => c.article === id),
      };
      return { sources: await sourcesAnswer({ ...p.stored, id, story }, mine, members), report };
    },
    async stories(since) {
      // Times are stored as UTC ISO strings, so the bound is one too.
      const rows = await store.stories(since === undefined ? undefined : new Date(since).toISOString());
      const out: StoryListing[] = [];
      for (const row of rows) out.push(await listing(row, await store.storyFindings(row.story)));
      return out;
    },
    async storiesPage(options) {
      const since = options.since === undefined ? undefined : new Date(options.since).toISOString();
      const page = await store.storiesPage({ ...options, ...(since ? { since } : {}) });
      const stories: StoryListing[] = [];
      for (const row of page.rows) stories.push(await listing(row, await store.storyFindings(row.story)));
      const last = page.rows.at(-1);
      return page.more && last ? { stories, next: last.newest } : { stories };
    },
    async story(label) {
      const ids = await store.storyMembers(label);
      if (ids.length === 0) return undefined;
      const findings = await store.storyFindings(label);
      return {
        ...(await listing({ story: label, ids }, findings)),
        kinships: findings.kinships,
        derivationsFull: findings.derivations,
      };
    },
    quotations: (options) => store.quotations(options),
    article: (id) => store.byId(id),
    represented,
    verdictsAmong: (ids) => store.verdictsAmong(ids),
    async close() {
      await pool?.close();
      await store.close();
    },
  };
  return index;
}
