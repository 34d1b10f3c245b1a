import { useState } from 'react';
import { Link } from 'react-router';
import { ApiError, type Schemas } from '../../app/api';
import { formErrors } from '../../lib/problems';
import { LoadError, Loading } from '../../ui/Field';
import { MoreFooter, usePagedList } from '../../ui/usePagedList';
import { oneLine } from './customerForm';

type Item = Schemas['CustomerListItem'];
const SEARCH_BY = { name: 'Name', email: 'E-mail', phone: 'Phone', postcode: 'Postcode' } as const;
const STATUSES = { '': 'Active and archived', active: 'Active', archived: 'Archived' } as const;

export default function CustomerListScreen() {
  const [by, setBy] = useState<keyof typeof SEARCH_BY>('name');
  const [typed, setTyped] = useState('');
  const [text, setText] = useState('');
  const [status, setStatus] = useState<keyof typeof STATUSES>('active');
  const query = { [by]: text.trim() || undefined, status: status || undefined, limit: 25 };
  const list = usePagedList<Item>('/customers', query, [by, text, status]);
  const { first, items } = list;
  const searchError = first.error instanceof ApiError ? formErrors(first.error.problem, Object.keys(SEARCH_BY)).fields[by] : undefined;

  return (
    <section>
      <div className="title-row">
        <h1>Customers</h1>
        <Link className="button" to="/customers/new">New customer</Link>
      </div>
      <form className="filters" role="search" onSubmit={(e) => { e.preventDefault(); setText(typed); }}>
        <div className="field">
          <label htmlFor="search-by">Search by</label>
          <select id="search-by" value={by} onChange={(e) => setBy(e.target.value as keyof typeof SEARCH_BY)}>
            {Object.entries(SEARCH_BY).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
          </select>
        </div>
        <div className={searchError ? 'field invalid' : 'field'}>
          <label htmlFor="search-text">Starts with</label>
          <input id="search-text" type="search" value={typed} onChange={(e) => setTyped(e.target.value)}
                 aria-invalid={searchError ? true : undefined} aria-describedby={searchError ? 'search-text-error' : undefined} />
          {searchError && <p id="search-text-error" className="error">{searchError}</p>}
        </div>
        <button type="submit" className="apply">Search</button>
        <div className="field">
          <label htmlFor="status">Showing</label>
          <select id="status" value={status} onChange={(e) => setStatus(e.target.value as keyof typeof STATUSES)}>
            {Object.entries(STATUSES).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
          </select>
        </div>
      </form>
      {first.loading && !first.data && <Loading what="customers" />}
      {first.error !== null && !searchError && <LoadError error={first.error} retry={first.reload} />}
      {first.data && items.length === 0 && <p className="empty">No customers match. <Link to="/customers/new">Add one</Link>.</p>}
      {items.length > 0 && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr><th scope="col">Name</th><th scope="col">E-mail</th><th scope="col">Phone</th><th scope="col">Where</th><th scope="col">Status</th></tr>
            </thead>
            <tbody>
              {items.map((c) => (
                <tr key={c.customerId}>
                  <td><Link to={`/customers/${c.customerId}`}>{c.name}</Link>{c.tradingName && <small> ({c.tradingName})</small>}</td>
                  <td>{c.emails[0] ?? c.contacts.find((p) => p.email)?.email ?? ''}</td>
                  <td>{c.phones[0] ?? c.contacts.find((p) => p.phone)?.phone ?? ''}</td>
                  <td>{oneLine(c.sites[0]?.address ?? c.billingAddress)}{c.sites.length > 1 && <small> and {c.sites.length - 1} more</small>}</td>
                  <td><span className={`state state-${c.status}`}>{c.status === 'active' ? 'Active' : 'Archived'}</span></td>
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
