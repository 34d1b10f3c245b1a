import { useEffect, useState } from 'react';
import { formErrorsOf, type Schemas } from '../../app/api';
import { useApp } from '../../app/session';
import { ukDate } from '../../lib/format';
import { FormErrorsSummary, Loading } from '../../ui/Field';
import { useTeam } from '../team/useTeam';
import { hoursOf, marginText } from './costing';

type Report = Schemas['Utilisation'];

/** The four ISO weeks to {@code to}: an ISO date four weeks (less a day) before it. */
export function fourWeeksTo(to: string): string {
  const d = new Date(`${to}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 21);
  return d.toISOString().slice(0, 10);
}

/** Each member's booked hours over the hours they could be booked, for the four weeks to the period's end. */
export default function TeamUtilisation({ to }: { to: string }) {
  const { api } = useApp();
  const { nameOf } = useTeam();
  const [report, setReport] = useState<Report | null>(null);
  const [problems, setProblems] = useState<string[]>([]);

  useEffect(() => {
    let live = true;
    setProblems([]);
    api.get<Report>('/reports/utilisation', { from: fourWeeksTo(to), to })
      .then((r) => { if (live) setReport(r); })
      .catch((e) => { if (live) { setReport(null); setProblems(formErrorsOf(e, []).form); } });
    return () => { live = false; };
  }, [api, to]);

  return (
    <section aria-labelledby="utilisation">
      <h2 id="utilisation">Team utilisation</h2>
      <p className="sub">Hours booked in the diary over the hours each member works and is not away, week by week (Monday to Sunday). A booking outside working hours is not counted.</p>
      <FormErrorsSummary messages={problems} />
      {!report && problems.length === 0 && <Loading what="the utilisation" />}
      {report && (report.members.length === 0 ? <p>No member has working hours yet (Team, "Hours, skills and cost").</p> : (
        <div className="table-wrap">
          <table>
            <caption>Utilisation, weeks of {ukDate(report.from)} to {ukDate(report.to)}</caption>
            <thead><tr><th scope="col">Member</th>{report.weeks.map((w) => <th scope="col" key={w.week} className="num">Week of {ukDate(w.from)}</th>)}</tr></thead>
            <tbody>
              {report.members.map((m) => (
                <tr key={m}>
                  <th scope="row">{nameOf(m) ?? 'A colleague'}</th>
                  {report.weeks.map((w) => {
                    const f = w.members.find((x) => x.member === m);
                    return <td key={w.week} className="num">{f && f.utilisation !== undefined ? `${marginText(f.utilisation)} (${hoursOf(f.bookedMinutes)} of ${hoursOf(f.availableMinutes)})` : '—'}</td>;
                  })}
                </tr>
              ))}
            </tbody>
            <tfoot><tr><th scope="row">Team</th>{report.weeks.map((w) => <td key={w.week} className="num">{w.team.utilisation !== undefined ? marginText(w.team.utilisation) : '—'}</td>)}</tr></tfoot>
          </table>
        </div>
      ))}
    </section>
  );
}
