/**
 * Choosing a customer by typing the start of a name (or an e-mail, a phone number or a postcode):
 * the active customers that match are offered as buttons; the one chosen is shown with a way to
 * change it. Used wherever a form names a customer (quotes, jobs). The API is asked at most every
 * 250 ms while typing, and an answer that arrives after a newer one is dropped.
 */
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { Schemas } from '../../app/api';
import { useApp } from '../../app/session';
import { oneLine } from './customerForm';

type Item = Schemas['CustomerListItem'];
export interface ChosenCustomer {
  customerId: string;
  name: string;
  sites?: Item['sites'];
}

/** What the typed text is searched as: an e-mail by its @, a postcode or phone by their shape, else a name. */
export function searchField(text: string): 'name' | 'email' | 'phone' | 'postcode' {
  const t = text.trim();
  if (t.includes('@')) return 'email';
  if (/^[+0(]?[\d\s()-]{4,}$/.test(t)) return 'phone';
  if (/^[A-Za-z]{1,2}\d[A-Za-z\d]?(\s*\d[A-Za-z]{0,2})?$/.test(t)) return 'postcode';
  return 'name';
}

export function CustomerPicker({ id, label, value, onChange, error, disabled }: {
  id: string; label: string; value: ChosenCustomer | null; onChange: (c: ChosenCustomer | null) => void; error?: string; disabled?: boolean;
}) {
  const { api } = useApp();
  const [text, setText] = useState('');
  const [found, setFound] = useState<Item[] | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const asked = useRef(0);

  useEffect(() => {
    const t = text.trim();
    if (value || t.length < 2) { setFound(null); return undefined; }
    const ask = ++asked.current;
    const timer = setTimeout(() => {
      api.get<{ items: Item[] }>('/customers', { [searchField(t)]: t, status: 'active', limit: 8 })
        .then((page) => { if (ask === asked.current) { setFound(page.items); setFailed(null); } })
        .catch((e: unknown) => { if (ask === asked.current) setFailed(e instanceof Error ? e.message : String(e)); });
    }, 250);
    return () => clearTimeout(timer);
  }, [text, value, api]);

  const describedBy = [error ? `${id}-error` : null, `${id}-hint`].filter(Boolean).join(' ');
  return (
    <div className={error ? 'field invalid picker' : 'field picker'}>
      {value ? <span className="label" id={`${id}-label`}>{label}</span> : <label htmlFor={id}>{label}</label>}
      {value ? (
        <p className="chosen" aria-labelledby={`${id}-label`} aria-describedby={describedBy}>
          <Link to={`/customers/${value.customerId}`}>{value.name}</Link>{' '}
          {!disabled && <button type="button" className="link" onClick={() => { onChange(null); setText(''); }}>Change<span className="visually-hidden"> the customer</span></button>}
        </p>
      ) : (
        <input id={id} type="search" autoComplete="off" value={text} disabled={disabled} placeholder="Name, e-mail, phone or postcode"
               aria-invalid={error ? true : undefined} aria-describedby={describedBy} onChange={(e) => setText(e.target.value)} />
      )}
      <small id={`${id}-hint`} className="hint">{value ? 'Chosen from the customer book.' : 'Type two letters or more to find a customer.'}</small>
      {!value && found && (
        <ul className="picker-results" aria-label={`Customers matching ${text}`} aria-live="polite">
          {found.length === 0 && <li className="empty">No active customer matches. <Link to="/customers/new">Add one</Link>.</li>}
          {found.map((c) => (
            <li key={c.customerId}>
              <button type="button" onClick={() => onChange({ customerId: c.customerId, name: c.name, sites: c.sites })}>
                {c.name}{c.sites[0] ? <small> · {oneLine(c.sites[0].address)}</small> : null}
              </button>
            </li>
          ))}
        </ul>
      )}
      {failed && <p className="error" role="alert">Customers could not be searched: {failed}</p>}
      {error && <p id={`${id}-error`} className="error">{error}</p>}
    </div>
  );
}
