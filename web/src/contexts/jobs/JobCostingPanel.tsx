import { useEffect, useState } from 'react';
import type { Schemas } from '../../app/api';
import { useApp } from '../../app/session';
import { money, ukDate } from '../../lib/format';
import { LoadError, Loading } from '../../ui/Field';
import { hoursOf, marginText } from '../reports/costing';
import { useTeam } from '../team/useTeam';

type Costing = Schemas['JobCosting'];

/** The job's profit for owners and admins: value, completed visits at each member's rate on the day, expenses, margin. */
export default function JobCostingPanel({ jobId, version }: { jobId: string; version: number }) {
  const { api } = useApp();
  const team = useTeam();
  const [costing, setCosting] = useState<Costing | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function load() {
    try {
      setCosting(await api.get<Costing>(`/jobs/${jobId}/costing`));
      setError(null);
    } catch (e) {
      setError(e);
    }
  }
  useEffect(() => { void load(); }, [jobId, version]); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <section aria-labelledby="job-costing">
      <h2 id="job-costing">Costing</h2>
      {error !== null && <LoadError error={error} retry={() => load()} />}
      {!costing && error === null && <Loading what="the costing" />}
      {costing && (
        <>
          <dl className="facts">
            <dt>Value</dt><dd>{money(costing.value)} {costing.vatRegistered ? 'net of VAT' : 'gross'}{!costing.agreedValue && ' (no value agreed)'}</dd>
            <dt>Staff time</dt><dd>{money(costing.staffCost)} for {hoursOf(costing.staffMinutes)}{costing.visitsToCome > 0 && <small> · {costing.visitsToCome} visit{costing.visitsToCome === 1 ? '' : 's'} to come, not counted yet</small>}</dd>
            <dt>Expenses</dt><dd>{money(costing.expensesCost)}</dd>
            <dt>Profit</dt><dd><strong>{money(costing.profit)}</strong> · margin {marginText(costing.margin)}</dd>
          </dl>
          {costing.unpricedTime && <p className="notice">Some time was worked by a member with no hourly cost on that day: it is counted at £0. Set their cost on the Team screen.</p>}
          {costing.visits.length > 0 && (
            <div className="table-wrap">
              <table>
                <caption>Completed visits</caption>
                <thead><tr><th scope="col">Day</th><th scope="col">Who</th><th scope="col" className="num">Time</th><th scope="col" className="num">An hour</th><th scope="col" className="num">Cost</th></tr></thead>
                <tbody>
                  {costing.visits.flatMap((v) => v.members.map((m, i) => (
                    <tr key={`${v.appointmentId}-${m.member}`}>
                      <td>{i === 0 ? ukDate(v.day) : ''}</td>
                      <td>{team.nameOf(m.member) ?? 'A colleague'}</td>
                      <td className="num">{hoursOf(m.minutes)}</td>
                      <td className="num">{m.unpriced ? 'no rate' : money(m.hourlyCost)}</td>
                      <td className="num">{money(m.cost)}</td>
                    </tr>
                  )))}
                </tbody>
              </table>
            </div>
          )}
          {costing.expenses.length > 0 && (
            <div className="table-wrap">
              <table>
                <caption>Expenses for the job</caption>
                <thead><tr><th scope="col">Date</th><th scope="col">Supplier</th><th scope="col" className="num">Gross</th><th scope="col" className="num">Counted</th></tr></thead>
                <tbody>
                  {costing.expenses.map((e) => (
                    <tr key={e.expenseId}><td>{ukDate(e.date)}</td><td>{e.supplier}{e.stage === 'refused' && <small> · refused</small>}</td>
                      <td className="num">{money(e.gross)}</td><td className="num">{e.counted ? money(e.cost) : 'not counted'}</td></tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
