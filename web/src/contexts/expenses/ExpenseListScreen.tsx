import { useState } from 'react';
import { Link } from 'react-router';
import type { Schemas } from '../../app/api';
import { seesPrices } from '../../app/auth';
import { useApp } from '../../app/session';
import { money, ukDate } from '../../lib/format';
import { LoadError, Loading } from '../../ui/Field';
import { CheckboxFilter } from '../../ui/CheckboxFilter';
import { MoreFooter, usePagedList } from '../../ui/usePagedList';
import { useTeam } from '../team/useTeam';
import { CATEGORY_LABELS, STATUS_LABELS } from './expenseForm';

type Item = Schemas['ExpenseListItem'];

/** Expenses: staff their own; owners and admins everyone's, those waiting for approval first to hand. */
export default function ExpenseListScreen() {
  const { session } = useApp();
  const manager = seesPrices(session);
  const team = useTeam();
  const [statuses, setStatuses] = useState<string[]>(manager ? ['submitted'] : []);
  const query = { status: statuses.join(',') || undefined, limit: 25 };
  const list = usePagedList<Item>('/expenses', query, [statuses.join(',')]);
  const { first, items } = list;

  return (
    <section>
      <div className="title-row">
        <h1>Expenses</h1>
        <span>
          <Link className="button" to="/expenses/new">Log an expense</Link>{' '}
          <Link className="button" to="/expenses/mileage/new">Claim mileage</Link>
        </span>
      </div>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <CheckboxFilter legend="Status" options={STATUS_LABELS} value={statuses} onChange={setStatuses} />
      </form>
      {first.loading && !first.data && <Loading what="expenses" />}
      {first.error !== null && <LoadError error={first.error} retry={first.reload} />}
      {first.data && items.length === 0 && <p className="empty">No expenses match. <Link to="/expenses/new">Log one</Link>.</p>}
      {items.length > 0 && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr><th scope="col">Date</th><th scope="col">Supplier</th><th scope="col">Category</th><th scope="col">Status</th>
                {manager && <th scope="col">Whose</th>}<th scope="col" className="num">Net</th><th scope="col" className="num">VAT</th>
                <th scope="col" className="num">Total</th></tr>
            </thead>
            <tbody>
              {items.map((x) => (
                <tr key={x.expenseId}>
                  <td>{ukDate(x.date)}</td>
                  <td><Link to={`/expenses/${x.expenseId}`}>{x.supplier}</Link></td>
                  <td>{CATEGORY_LABELS[x.category]}</td>
                  <td><span className={`state state-${x.status}`}>{STATUS_LABELS[x.status]}</span></td>
                  {manager && <td>{x.paidBy === 'company' ? 'The company' : x.member === session.userId ? 'You' : team.nameOf(x.member) ?? 'A member of staff'}</td>}
                  <td className="num">{money(x.net)}</td>
                  <td className="num">{money(x.vat)}</td>
                  <td className="num">{money(x.gross)}</td>
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
