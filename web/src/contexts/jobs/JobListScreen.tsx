import { useState } from 'react';
import { Link } from 'react-router';
import type { Schemas } from '../../app/api';
import { money, ukDate } from '../../lib/format';
import { LoadError, Loading } from '../../ui/Field';
import { CheckboxFilter } from '../../ui/CheckboxFilter';
import { MoreFooter, usePagedList } from '../../ui/usePagedList';
import { JOB_STATUS_LABELS } from './labels';

type Item = Schemas['JobListItem'];

export default function JobListScreen() {
  const [statuses, setStatuses] = useState<string[]>(['open', 'scheduled', 'in-progress']);
  const query = { status: statuses.join(',') || undefined, limit: 25 };
  const list = usePagedList<Item>('/jobs', query, [statuses.join(',')]);
  const { first, items } = list;

  return (
    <section>
      <div className="title-row">
        <h1>Jobs</h1>
        <Link className="button" to="/jobs/new">New job</Link>
      </div>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <CheckboxFilter legend="Status" options={JOB_STATUS_LABELS} value={statuses} onChange={setStatuses} />
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
      <MoreFooter list={list} />
    </section>
  );
}
