// The quotations page (/quotes?speaker=): quotations found in the index, by speaker, each with its article.
import { type FormEvent, useState } from 'react';
import { apiUrl } from '../api/client.ts';
import type { QuotesAnswer, TitledQuote } from '../api/types.ts';
import { useApi } from '../api/use-api.ts';
import { ApiView } from '../components/api-view.tsx';
import { usePageTitle } from '../components/page-title.ts';
import { Link } from '../routing/link.tsx';
import { navigate } from '../routing/navigation.ts';
import { articlePath, quotesPath } from '../routing/route.ts';

const unattributed = 'unattributed';
/** Quotations asked for: the newest this many (the server's most is 500). */
const limit = 200;

export function QuotesPage({ speaker }: { speaker: string }) {
  usePageTitle(speaker ? `Quotations: ${speaker}` : 'Quotations');
  const quotes = useApi<QuotesAnswer>(apiUrl('/api/quotes', { speaker, limit }));
  return (
    <>
      <h1>Quotations</h1>
      <SpeakerSearch key={speaker} speaker={speaker} />
      <ApiView state={quotes} what="quotations">
        {(answer) => <QuotesBySpeaker quotes={answer.quotes} />}
      </ApiView>
    </>
  );
}

function SpeakerSearch({ speaker }: { speaker: string }) {
  const [text, setText] = useState(speaker);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(quotesPath(text.trim()));
  };
  return (
    <form className="filters" onSubmit={submit}>
      <label>
        Speaker{' '}
        <input
          type="search"
          name="speaker"
          value={text}
          placeholder="a name, or part of one"
          onChange={(event) => setText(event.target.value)}
        />
      </label>
      <button type="submit">Find</button>
    </form>
  );
}

/** Speakers in alphabetical order, quotations without a speaker last. */
function QuotesBySpeaker({ quotes }: { quotes: TitledQuote[] }) {
  if (quotes.length === 0) return <p className="empty">No quotation found.</p>;
  const capped =
    quotes.length >= limit ? (
      <p className="hint">The {limit} quotations of the newest articles; name a speaker to see others.</p>
    ) : null;
  const groups = new Map<string, TitledQuote[]>();
  for (const q of quotes) {
    const who = q.speaker ?? unattributed;
    groups.set(who, [...(groups.get(who) ?? []), q]);
  }
  const speakers = [...groups.keys()].sort((x, y) =>
    x === unattributed ? 1 : y === unattributed ? -1 : x.localeCompare(y),
  );
  return (
    <>
      {capped}
      {speakers.map((who) => (
        <section key={who} className="speaker">
          <h2>
            {who} <span className="meta">{(groups.get(who) ?? []).length}</span>
          </h2>
          <ul className="quotes">
            {(groups.get(who) ?? []).map((q) => (
              <li key={q.id} className={q.fragment ? 'fragment' : undefined}>
                <blockquote>“{q.text}”</blockquote>
                <div className="meta">
                  {q.cue && `${q.speakerMention ?? ''} ${q.cue} — `}
                  <Link to={articlePath(q.article)}>{q.title || q.article}</Link> ({q.article})
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
