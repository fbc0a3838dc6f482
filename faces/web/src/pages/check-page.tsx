// "Where does it come from?" (/check): paste a text or drop a file, and see which indexed articles
// it is derived from. The text is compared with the index, not added to it.
import { type DragEvent, type FormEvent, useState } from 'react';
import { type CheckInput, postSources } from '../api/post-sources.ts';
import type { Sources } from '../api/types.ts';
import { ErrorMessage, Loading } from '../components/api-view.tsx';
import { usePageTitle } from '../components/page-title.ts';
import { SourcesView } from '../components/sources-view.tsx';

type Answer =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; error: Error }
  | { status: 'ok'; sources: Sources };

export function CheckPage() {
  usePageTitle('Where does it come from?');
  const [text, setText] = useState('');
  const [format, setFormat] = useState<'text' | 'html'>('text');
  const [file, setFile] = useState<File>();
  const [dragging, setDragging] = useState(false);
  const [answer, setAnswer] = useState<Answer>({ status: 'idle' });
  const input: CheckInput | undefined = file
    ? { file }
    : text.trim() === ''
      ? undefined
      : format === 'html'
        ? { html: text }
        : { text };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!input) return;
    setAnswer({ status: 'loading' });
    try {
      setAnswer({ status: 'ok', sources: await postSources(input) });
    } catch (error) {
      setAnswer({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) });
    }
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) setFile(dropped);
  };
  return (
    <>
      <h1>Where does it come from?</h1>
      <p className="hint">
        Paste an article, or drop a file (.txt, .md with front matter, .html): it is compared with the index
        and the indexed articles it is derived from are shown. Nothing is stored.
      </p>
      <form className="check" onSubmit={submit}>
        <label
          className={`drop-zone${dragging ? ' dragging' : ''}`}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={drop}
        >
          {file ? (
            <span>
              File: <b>{file.name}</b> ({file.size} bytes)
            </span>
          ) : (
            <span>Drop a file here, or choose one: </span>
          )}
          <input
            type="file"
            name="file"
            accept=".txt,.text,.md,.markdown,.html,.htm,.xhtml,text/plain,text/markdown,text/html"
            onChange={(event) => setFile(event.target.files?.[0])}
          />
        </label>
        {file ? (
          <button type="button" className="secondary" onClick={() => setFile(undefined)}>
            Use pasted text instead
          </button>
        ) : (
          <>
            <textarea
              name="text"
              rows={12}
              value={text}
              placeholder="Paste the article's text, or its HTML"
              onChange={(event) => setText(event.target.value)}
            />
            <fieldset className="format">
              <legend>The pasted text is</legend>
              <label>
                <input
                  type="radio"
                  name="format"
                  checked={format === 'text'}
                  onChange={() => setFormat('text')}
                />{' '}
                plain text
              </label>
              <label>
                <input
                  type="radio"
                  name="format"
                  checked={format === 'html'}
                  onChange={() => setFormat('html')}
                />{' '}
                HTML
              </label>
            </fieldset>
          </>
        )}
        <button type="submit" disabled={!input || answer.status === 'loading'}>
          Find its sources
        </button>
      </form>
      {answer.status === 'loading' && <Loading what="its sources" />}
      {answer.status === 'error' && <ErrorMessage what="its sources" error={answer.error} />}
      {answer.status === 'ok' && <SourcesView sources={answer.sources} indexed={false} />}
    </>
  );
}
