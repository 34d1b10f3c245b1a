import { useState } from 'react';
import { Link } from 'react-router';
import type { Schemas } from '../../app/api';
import { useApp } from '../../app/session';
import { money, ukDate } from '../../lib/format';
import { LoadError, Loading } from '../../ui/Field';
import { useLoad } from '../../ui/useLoad';
import { JOB_STATUS_LABELS } from './labels';

type Item = Schemas['JobListItem'];
type Page = { items: Item[]; nextCursor?: string; limit: number };
const STATUSES = Object.keys(JOB_STATUS_LABELS) as Schemas['JobStatus'][];

export default function JobListScreen() {
  const { api } = useApp();
  const [statuses, setStatuses] = useState<string[]>(['open', 'scheduled', 'in-progress']);
  const [more, setMore] = useState<Item[]>([]);
  const [cursor, setCursor] = useState<string | undefined>();
  const [moreError, setMoreError] = useState<unknown>(null);
  const query = { status: statuses.join(',') || undefined, limit: 25 };
  const first = useLoad(async () => {
    const page = await api.get<Page>('/jobs', query);
    setMore([]);
    setCursor(page.nextCursor);
    return page;
  }, [statuses.join(',')]);
  const items = [...(first.data?.items ?? []), ...more];

  async function loadMore() {
    try {
      const page = await api.get<Page>('/jobs', { ...query, cursor });
      setMore((m) => [...m, ...page.items]);
      setCursor(page.nextCursor);
      setMoreError(null);
    } catch (e) {
      setMoreError(e);
    }
  }

  return (
    <section>
      <div className="title-row">
        <h1>Jobs</h1>
        <Link className="button" to="/jobs/new">New job</Link>
      </div>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>Status</legend>
          {STATUSES.map((s) => (
            <label key={s} className="check">
              <input type="checkbox" checked={statuses.includes(s)}
                     onChange={(e) => setStatuses((cur) => (e.target.checked ? [...cur, s] : cur.filter((x) => x !== s)))} />
              {JOB_STATUS_LABELS[s]}
            </label>
          ))}
        </fieldset>
      </form>
      {first.loading && !first.data && <Loading what="jobs" />}
      {first.error !== null && <LoadError error={first.error} retry={first.reload} />}
      {first.data && items.length === 0 && <p className="empty">No jobs match. Convert an accepted quote or <Link to="/jobs/new">create one</Link>.</p>}
      {items.length > 0 && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr><th scope="col">Job</th><th scope="col">Customer</th><th scope="col">Quote</th><th scope="col">Status</th>
                <th scope="col">Booked for</th><th scope="col" className="num">Agreed</th></tr>
            </thead>
            <tbody>
              {items.map((j) => (
                <tr key={j.jobId}>
                  <td><Link to={`/jobs/${j.jobId}`}>{j.title}</Link></td>
                  <td><Link to={`/customers/${j.customerId}`}>{j.customerName ?? 'Erased or unknown customer'}</Link></td>
                  <td>{j.quoteReference ?? ''}</td>
                  <td><span className={`state state-${j.status}`}>{JOB_STATUS_LABELS[j.status]}</span></td>
                  <td>{ukDate(j.scheduledFor)}</td>
                  <td className="num">{j.agreedValue ? money(j.agreedValue.gross) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {moreError !== null && <LoadError error={moreError} retry={loadMore} />}
      {cursor && <button type="button" onClick={loadMore}>Show more</button>}
    </section>
  );
}
