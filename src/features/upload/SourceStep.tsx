import { useId, useState, type DragEvent } from 'react';
import { LIMITS, formatBytes } from '../../data/import';

interface Props {
  error?: string;
  onFile: (file: File) => void;
  onText: (text: string) => void;
  onUrl: (url: string) => void;
}

/** Three ways in: a file (chosen or dropped), pasted text, or a URL. */
export function SourceStep({ error, onFile, onText, onUrl }: Props) {
  const [text, setText] = useState('');
  const [url, setUrl] = useState('');
  const [over, setOver] = useState(false);
  const ids = { file: useId(), paste: useId(), url: useId() };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    e.stopPropagation();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file) onFile(file);
  };
  return (
    <div className="space-y-5">
      {error && (
        <p role="alert" data-testid="import-error" className="rounded-lg border border-red-300 bg-red-50 p-3 text-sm break-words text-red-900 dark:border-red-800 dark:bg-red-950/50 dark:text-red-200">
          {error}
        </p>
      )}
      <section
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        className={`rounded-lg border-2 border-dashed p-4 ${over ? 'border-sky-500 bg-sky-50 dark:bg-sky-950/40' : 'border-slate-300 dark:border-slate-600'}`}
      >
        <label htmlFor={ids.file} className="field-label">
          File
        </label>
        <input
          id={ids.file}
          type="file"
          data-testid="file-input"
          accept=".csv,.tsv,.tab,.txt,.json,.jsonl,.ndjson,.parquet,.arrow,.feather,.arrows,.ipc,text/csv,text/tab-separated-values,application/json,application/vnd.apache.parquet,application/vnd.apache.arrow.file,application/vnd.apache.arrow.stream"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) onFile(file);
            e.target.value = '';
          }}
          className="block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-2.5 file:py-1.5 file:text-sm file:font-medium file:text-slate-700 hover:file:bg-slate-50 dark:text-slate-200 dark:file:border-slate-600 dark:file:bg-slate-800 dark:file:text-slate-200"
        />
        <p className="mt-2 text-xs text-slate-500 dark:text-slate-400">
          CSV, TSV (or another delimiter), JSON or JSON Lines, up to {formatBytes(LIMITS.bytes)}; Parquet or Arrow (Feather), up to {formatBytes(LIMITS.columnarBytes)}. You can also drop a file here or anywhere on the page.
        </p>
      </section>

      <section>
        <label htmlFor={ids.paste} className="field-label">
          Paste a table
        </label>
        <textarea
          id={ids.paste}
          data-testid="paste-input"
          rows={5}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={'model,accuracy,cost\nA,0.81,1.20\nB,0.77,0.40'}
          className="select font-mono text-xs"
          spellCheck={false}
        />
        <button type="button" className="btn mt-2" disabled={text.trim() === ''} onClick={() => onText(text)} data-testid="paste-submit">
          Use pasted text
        </button>
      </section>

      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (url.trim()) onUrl(url);
        }}
      >
        <label htmlFor={ids.url} className="field-label">
          Or a web address
        </label>
        <div className="flex gap-2">
          <input
            id={ids.url}
            type="url"
            data-testid="url-input"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            placeholder="https://example.org/results.csv"
            className="select"
          />
          <button type="submit" className="btn shrink-0" disabled={url.trim() === ''} data-testid="url-submit">
            Fetch
          </button>
        </div>
        <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">The server must allow other sites to read the file (CORS); GitHub raw links and gists do.</p>
      </form>
    </div>
  );
}
