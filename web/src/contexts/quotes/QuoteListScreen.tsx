import { useState } from 'react';
import { Link } from 'react-router';
import { ApiError, type Schemas } from '../../app/api';
import { parseUkDate } from '../../lib/format';
import { formErrors } from '../../lib/problems';
import { money, ukDate } from '../../lib/format';
import { LoadError, Loading } from '../../ui/Field';
import { CheckboxFilter } from '../../ui/CheckboxFilter';
import { MoreFooter, usePagedList } from '../../ui/usePagedList';
import { STATE_LABELS } from './labels';

const STATES = ['draft', 'issued', 'viewed', 'accepted', 'declined', 'expired', 'withdrawn'] as const;
const DATE_FIELDS = { drafted: 'Drafted', issued: 'Issued', firstIssued: 'First issued', validUntil: 'Valid until', accepted: 'Accepted', declined: 'Declined' } as const;
const SORTS = { drafted: 'Date drafted', updated: 'Last changed', number: 'Number', gross: 'Total', validUntil: 'Valid until' } as const;

export default function QuoteListScreen() {
  const [states, setStates] = useState<string[]>([]);
  const [sort, setSort] = useState<keyof typeof SORTS>('drafted');
  const [order, setOrder] = useState<'asc' | 'desc'>('desc');
  const [dateField, setDateField] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [typedFrom, setTypedFrom] = useState('');
  const [typedTo, setTypedTo] = useState('');
  const day = (text: string) => (text.trim() === '' ? undefined : parseUkDate(text) ?? text);
  const query = { state: states.join(',') || undefined, sort, order, limit: 25, dateField: dateField || undefined, from: day(from), to: day(to) };
  const list = usePagedList<Schemas['QuoteListItem']>('/quotes', query, [states.join(','), sort, order, dateField, from, to]);
  const { first, items } = list;
  const queryErrors = first.error instanceof ApiError ? formErrors(first.error.problem, ['dateField', 'from', 'to']) : null;


  return (
    <section>
      <div className="title-row">
        <h1>Quotes</h1>
        <Link className="button" to="/quotes/new">New quote</Link>
      </div>
      <form className="filters" onSubmit={(e) => { e.preventDefault(); setFrom(typedFrom); setTo(typedTo); }}>
        <CheckboxFilter legend="State" options={Object.fromEntries(STATES.map((s) => [s, STATE_LABELS[s]]))} value={states} onChange={setStates} />
        <div className={queryErrors?.fields.dateField ? 'field invalid' : 'field'}>
          <label htmlFor="dateField">Dates of</label>
          <select id="dateField" value={dateField} onChange={(e) => setDateField(e.target.value)}>
            <option value="">Any date</option>
            {Object.entries(DATE_FIELDS).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
          </select>
          {queryErrors?.fields.dateField && <p className="error">{queryErrors.fields.dateField}</p>}
        </div>
        {(['from', 'to'] as const).map((name) => (
          <div key={name} className={queryErrors?.fields[name] ? 'field invalid' : 'field'}>
            <label htmlFor={`date-${name}`}>{name === 'from' ? 'From (DD/MM/YYYY)' : 'To (DD/MM/YYYY)'}</label>
            <input id={`date-${name}`} inputMode="numeric" value={name === 'from' ? typedFrom : typedTo}
                   aria-invalid={queryErrors?.fields[name] ? true : undefined} aria-describedby={queryErrors?.fields[name] ? `date-${name}-error` : undefined}
                   onChange={(e) => (name === 'from' ? setTypedFrom : setTypedTo)(e.target.value)} />
            {queryErrors?.fields[name] && <p id={`date-${name}-error`} className="error">{queryErrors.fields[name]}</p>}
          </div>
        ))}
        <button type="submit" className="apply">Apply dates</button>
        <div className="field">
          <label htmlFor="sort">Sort by</label>
          <select id="sort" value={sort} onChange={(e) => setSort(e.target.value as keyof typeof SORTS)}>
            {Object.entries(SORTS).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="order">Order</label>
          <select id="order" value={order} onChange={(e) => setOrder(e.target.value as 'asc' | 'desc')}>
            <option value="desc">Newest or largest first</option>
            <option value="asc">Oldest or smallest first</option>
          </select>
        </div>
      </form>
      {first.loading && !first.data && <Loading what="quotes" />}
      {first.error !== null && !(queryErrors && Object.keys(queryErrors.fields).length > 0) && <LoadError error={first.error} retry={first.reload} />}
      {first.data && items.length === 0 && <p className="empty">No quotes match. <Link to="/quotes/new">Draft one</Link>.</p>}
      {items.length > 0 && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr><th scope="col">Quote</th><th scope="col">Customer</th><th scope="col">Title</th><th scope="col">State</th><th scope="col">Valid until</th>
                <th scope="col" className="num">Net</th><th scope="col" className="num">VAT</th><th scope="col" className="num">Total</th></tr>
            </thead>
            <tbody>
              {items.map((q) => (
                <tr key={q.quoteId}>
                  <td><Link to={`/quotes/${q.quoteId}`}>{q.displayNumber ?? 'Draft'}</Link></td>
                  <td>{q.customerName ?? ''}</td>
                  <td>{q.title}</td>
                  <td><span className={`state state-${q.state}`}>{STATE_LABELS[q.state]}</span></td>
                  <td>{ukDate(q.validUntil)}</td>
                  <td className="num">{q.net === undefined ? 'Not yet issued' : money(q.net)}</td>
                  <td className="num">{money(q.vat)}</td>
                  <td className="num">{money(q.gross)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <MoreFooter list={list} />
    </section>
  );
}
