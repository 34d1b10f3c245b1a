import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { formErrorsOf, type Schemas } from '../../app/api';
import { useApp } from '../../app/session';
import { money, ukDate } from '../../lib/format';
import { FormErrorsSummary, Loading } from '../../ui/Field';
import { StackedBars } from './charts';
import { COSTING_SERIES, costingParts, hoursOf, marginText } from './costing';

type Report = Schemas['JobCostingReport'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const monthLabel = (yyyyMm: string) => `${MONTHS[Number(yyyyMm.slice(5, 7)) - 1]} ${yyyyMm.slice(2, 4)}`;

/**
 * Profit per job and per month over the chosen period (at most 12 months: the API's limit, said next to the
 * form): each month's value split into staff time, expenses and profit, then every job with its margin.
 */
export default function ProfitPerJob({ from, to }: { from: string; to: string }) {
  const { api } = useApp();
  const [report, setReport] = useState<Report | null>(null);
  const [problems, setProblems] = useState<string[]>([]);

  useEffect(() => {
    let live = true;
    setProblems([]);
    api.get<Report>('/reports/job-costing', { from, to })
      .then((r) => { if (live) setReport(r); })
      .catch((e) => { if (live) { setReport(null); setProblems(formErrorsOf(e, []).form); } });
    return () => { live = false; };
  }, [api, from, to]);

  return (
    <section aria-labelledby="profit-per-job">
      <h2 id="profit-per-job">Profit per job</h2>
      <p className="sub">Completed visits at each member's hourly cost on the day, and the expenses for the job (net of VAT while registered), against the value agreed. A job counts in the month it was completed, or created if it is not.</p>
      <FormErrorsSummary messages={problems} />
      {!report && problems.length === 0 && <Loading what="the job costing" />}
      {report && (report.jobs.length === 0 ? <p>No job from {ukDate(report.from)} to {ukDate(report.to)}.</p> : (
        <>
          <StackedBars title={`Value of the jobs by month, split into staff time, expenses and profit, ${ukDate(report.from)} to ${ukDate(report.to)}`}
            series={COSTING_SERIES} bars={report.months.map((m) => ({ label: monthLabel(m.month ?? ''), parts: costingParts(m) }))} />
          <div className="table-wrap">
            <table>
              <caption>Jobs from {ukDate(report.from)} to {ukDate(report.to)}</caption>
              <thead><tr><th scope="col">Job</th><th scope="col">Counted on</th><th scope="col" className="num">Value</th><th scope="col" className="num">Staff time</th><th scope="col" className="num">Expenses</th><th scope="col" className="num">Profit</th><th scope="col" className="num">Margin</th></tr></thead>
              <tbody>
                {report.jobs.map((j) => (
                  <tr key={j.jobId}>
                    <th scope="row"><Link to={`/jobs/${j.jobId}`}>{j.title}</Link>{!j.valueAgreed && <small> · no value agreed</small>}{j.unpricedTime && <small> · time without a rate</small>}</th>
                    <td>{ukDate(j.reportedOn)}</td>
                    <td className="num">{money(j.value)}</td>
                    <td className="num">{money(j.staffCost)} <small>({hoursOf(j.staffMinutes)})</small></td>
                    <td className="num">{money(j.expensesCost)}</td>
                    <td className="num">{money(j.profit)}</td>
                    <td className="num">{marginText(j.margin)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot><tr><th scope="row">Total ({report.totals.jobs})</th><td /><td className="num">{money(report.totals.value)}</td><td className="num">{money(report.totals.staffCost)}</td><td className="num">{money(report.totals.expensesCost)}</td><td className="num">{money(report.totals.profit)}</td><td className="num">{marginText(report.totals.margin)}</td></tr></tfoot>
            </table>
          </div>
        </>
      ))}
    </section>
  );
}
