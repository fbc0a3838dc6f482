// The comparison page (/compare?a=&b=): any two indexed articles side by side, passages coloured by
// method, the copy's additions and omissions, and their quotations' differences as word diffs.
import { type FormEvent, useState } from 'react';
import { apiUrl } from '../api/client.ts';
import type { CompareAnswer, ComparedArticle } from '../api/types.ts';
import { useApi } from '../api/use-api.ts';
import { ApiView } from '../components/api-view.tsx';
import { ArticleMeta } from '../components/article-meta.tsx';
import { EvidenceList } from '../components/evidence-list.tsx';
import { derivationName, percent } from '../components/format.ts';
import { Legend } from '../components/legend.tsx';
import { usePageTitle } from '../components/page-title.ts';
import { QuoteVariants } from '../components/quote-variants.tsx';
import { SideBySideTable } from '../components/side-by-side-table.tsx';
import { Link } from '../routing/link.tsx';
import { navigate } from '../routing/navigation.ts';
import { articlePath, comparePath } from '../routing/route.ts';

export function ComparePage({ a, b }: { a: string; b: string }) {
  usePageTitle(a && b ? `${a} and ${b}` : 'Compare');
  return (
    <>
      <h1>Compare two articles</h1>
      <CompareForm key={`${a}\u0000${b}`} a={a} b={b} />
      {a && b ? (
        <Comparison a={a} b={b} />
      ) : (
        <p className="hint">Give the ids of two indexed articles, or follow a “compare” link.</p>
      )}
    </>
  );
}

function CompareForm({ a, b }: { a: string; b: string }) {
  const [first, setFirst] = useState(a);
  const [second, setSecond] = useState(b);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(comparePath(first.trim(), second.trim()));
  };
  return (
    <form className="filters" onSubmit={submit}>
      <label>
        Article A <input name="a" value={first} required onChange={(event) => setFirst(event.target.value)} />
      </label>
      <label>
        Article B{' '}
        <input name="b" value={second} required onChange={(event) => setSecond(event.target.value)} />
      </label>
      <button type="submit">Compare</button>
      <button
        type="button"
        className="secondary"
        onClick={() => navigate(comparePath(second.trim(), first.trim()))}
      >
        Swap
      </button>
    </form>
  );
}

function Comparison({ a, b }: { a: string; b: string }) {
  const answer = useApi<CompareAnswer>(apiUrl('/api/compare', { a, b }));
  return (
    <ApiView state={answer} what={`the comparison of ${a} and ${b}`}>
      {(c) => <ComparisonView comparison={c} />}
    </ApiView>
  );
}

function ComparisonView({ comparison: c }: { comparison: CompareAnswer }) {
  const d = c.derivation;
  // The rows index the derivation's original and copy; without a derivation, a stands as the original.
  const [original, copy] = d && d.original === c.b.id ? [c.b, c.a] : [c.a, c.b];
  return (
    <>
      <div className="pair">
        <ComparedHeading side={original} role={d ? 'original' : 'A'} />
        <ComparedHeading side={copy} role={d ? 'copy' : 'B'} />
      </div>
      <section className="verdict">
        <h2>Relation: {c.relation}</h2>
        {d ? (
          <>
            <p>
              <b>{d.copy}</b> is derived from <b>{d.original}</b>:{' '}
              <span className={`method ${d.method}`}>{derivationName(d)}</span>, {percent(d.copyCoverage)} of
              the copy from the original, {percent(d.originalCoverage)} of the original reused, confidence{' '}
              {d.confidence.toFixed(2)}.
            </p>
            <EvidenceList evidence={d.evidence} />
          </>
        ) : (
          <p>Neither article is derived from the other.</p>
        )}
      </section>
      <section>
        <h2>Side by side</h2>
        <Legend />
        <SideBySideTable rows={c.rows} original={original} copy={copy} />
      </section>
      <QuoteVariants variants={c.quoteVariants} quotes={c.quotes} />
    </>
  );
}

function ComparedHeading({ side, role }: { side: ComparedArticle; role: string }) {
  return (
    <div className="compared">
      <p className="kicker">
        {role}: <Link to={articlePath(side.id)}>{side.id}</Link>
      </p>
      <h3>{side.title || side.id}</h3>
      <ArticleMeta publisher={side.publisher} published={side.published} />
    </div>
  );
}
