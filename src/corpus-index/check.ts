// Checks an index for what a crash, a concurrent writer or a hand edit could leave wrong: the
// database's own integrity, every article's keys and postings, stories against their verdicts and
// findings. Reads only; `newstrace check` prints what it finds.
import { createKeyer } from '../candidates/article-keys.ts';
import type { Code } from '../errors.ts';
import { contentHasher } from '../store/content-hash.ts';
import type { IndexStore, StoredKeys, StoryRow } from '../store/types.ts';
import { components, joinedLabel } from '../stories/index.ts';
import { representStored } from './prepare.ts';

/** The code `newstrace check` reports an inconsistent index with. */
export const inconsistentIndex: Code = 'NT_INDEX_INCONSISTENT';

/** One thing wrong with an index. */
export interface IndexProblem {
  /** `database`: the store's own check; `article`: one article's text, keys or postings; `story`: a story against its verdicts and findings. */
  kind: 'database' | 'article' | 'story';
  /** The article id or story label it is about; empty for the database. */
  subject: string;
  message: string;
}

export interface IndexCheck {
  articles: number;
  stories: number;
  problems: IndexProblem[];
}

/** Called as articles are checked: done, in all. */
export type CheckProgress = (done: number, total: number) => void;

const keyKinds = [
  ['bands', 'band keys'],
  ['passages', 'passage fingerprints'],
  ['anchorKeys', 'anchor keys'],
] as const;

/** What is wrong with one story: its label, its members' connection and the findings filed under it. */
async function storyProblems(
  store: IndexStore,
  row: StoryRow,
  storyOf: Map<string, string>,
): Promise<string[]> {
  const out: string[] = [];
  const least = joinedLabel(row.ids);
  if (row.story !== least) out.push(`labelled "${row.story}", but its least id is "${least}"`);
  const members = new Set(row.ids);
  const where = (id: string) => {
    const story = storyOf.get(id);
    return story === undefined ? `${id} is not stored` : `${id} is in story "${story}"`;
  };
  const { derivations, kinships, contributions } = await store.storyFindings(row.story);
  for (const d of derivations)
    for (const id of [d.original, d.copy])
      if (!members.has(id)) out.push(`derivation ${d.original} → ${d.copy} is filed here, but ${where(id)}`);
  for (const k of kinships)
    for (const id of [k.a, k.b])
      if (!members.has(id)) out.push(`kinship ${k.a} – ${k.b} is filed here, but ${where(id)}`);
  for (const c of contributions)
    if (!members.has(c.article))
      out.push(`the contribution of ${c.article} is filed here, but ${where(c.article)}`);
  if (row.ids.length > 1) {
    const related = (await store.verdictsAmong(row.ids)).filter(
      (v) => v.relation !== 'unrelated' && members.has(v.a) && members.has(v.b),
    );
    const parts = components(
      row.ids,
      related.map((v): [string, string] => [v.a, v.b]),
    );
    if (parts.length > 1)
      out.push(
        `its articles are not joined by related verdicts: ${parts.map((p) => `{${p.join(', ')}}`).join(' apart from ')}`,
      );
    const contributed = new Set(contributions.map((c) => c.article));
    const without = row.ids.filter((id) => !contributed.has(id));
    if (without.length > 0) out.push(`no findings for ${without.join(', ')} (contribution missing)`);
  }
  return out;
}

/** Describes the keys of an article that its postings lack, or undefined when none are missing. */
function missingPhrase(missing: StoredKeys, keys: StoredKeys): string | undefined {
  const parts = keyKinds
    .filter(([field]) => missing[field].length > 0)
    .map(([field, name]) => `${missing[field].length} of its ${keys[field].length} ${name}`);
  return parts.length > 0 ? `postings lack ${parts.join(', ')}` : undefined;
}

/**
 * Checks the index behind `store`: (a) the database's own integrity and rows naming what is not
 * stored, (b) each article's text against its content hash and anchors, and its keys (computed
 * again from its text, as when it was stored) present in the postings, (c) each story's label, its
 * articles joined by related verdicts, its findings naming only its articles and one contribution
 * each, (d) no id listed twice. Slow as reading each article again (some 5 ms an article).
 */
export async function checkIndex(
  store: IndexStore,
  onProgress: CheckProgress = () => {},
): Promise<IndexCheck> {
  const problems: IndexProblem[] = [];
  for (const line of await store.integrity()) problems.push({ kind: 'database', subject: '', message: line });
  const rows = await store.stories();
  const storyOf = new Map<string, string>();
  for (const row of rows)
    for (const id of row.ids) {
      const earlier = storyOf.get(id);
      if (earlier !== undefined)
        problems.push({
          kind: 'article',
          subject: id,
          message: `listed twice, in "${earlier}" and "${row.story}"`,
        });
      storyOf.set(id, row.story);
    }
  const count = await store.count();
  if (count !== storyOf.size)
    problems.push({
      kind: 'database',
      subject: '',
      message: `${count} article(s) stored, but ${storyOf.size} listed in stories`,
    });
  for (const row of rows)
    for (const message of await storyProblems(store, row, storyOf))
      problems.push({ kind: 'story', subject: row.story, message });

  const keyer = await createKeyer();
  const hash = await contentHasher();
  let done = 0;
  for (const row of rows)
    for (const id of row.ids) {
      const article = await store.byId(id);
      const say = (message: string) => problems.push({ kind: 'article', subject: id, message });
      if (!article) say('listed in a story but not readable');
      else {
        const represented = representStored(article);
        const keys = keyer(represented);
        if (hash(represented.text) !== article.contentHash)
          say('its text does not hash to its stored content hash');
        if (JSON.stringify(keys.anchors) !== JSON.stringify(article.anchors))
          say('its stored anchors differ from those of its text');
        const missing = missingPhrase(await store.missingPostings(article.ref, keys), keys);
        if (missing) say(missing);
      }
      onProgress(++done, storyOf.size);
    }
  return { articles: count, stories: rows.length, problems };
}
