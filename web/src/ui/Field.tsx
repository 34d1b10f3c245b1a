import type { ReactNode } from 'react';

/** A labelled input with the server's message for it underneath, tied by aria-describedby. */
export function Field({ id, label, error, children, hint }: {
  id: string; label: string; error?: string; hint?: string; children: (props: { id: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string }) => ReactNode;
}) {
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {hint && <small id={`${id}-hint`} className="hint">{hint}</small>}
      {error && <p id={`${id}-error`} className="error">{error}</p>}
    </div>
  );
}

export function FormErrorsSummary({ messages }: { messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <div className="error-summary" role="alert">
      <p>This could not be saved:</p>
      <ul>{messages.map((m) => <li key={m}>{m}</li>)}</ul>
    </div>
  );
}

export function Loading({ what }: { what: string }) {
  return <p className="loading" role="status">Loading {what}…</p>;
}

export function LoadError({ error, retry }: { error: unknown; retry?: () => void }) {
  const offline = error instanceof Error && error.name === 'OfflineError';
  return (
    <div className="error-summary" role="alert">
      <p>{offline ? 'You seem to be offline: this could not be loaded.' : `This could not be loaded: ${String(error instanceof Error ? error.message : error)}`}</p>
      {retry && <button type="button" onClick={retry}>Try again</button>}
    </div>
  );
}
