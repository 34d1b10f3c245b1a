import { Link } from 'react-router';
import type { Schemas } from '../../app/api';
import { seesPrices } from '../../app/auth';
import { useApp } from '../../app/session';
import { londonToday, money, monthStart, ukDate } from '../../lib/format';
import { LoadError, Loading } from '../../ui/Field';
import { useLoad } from '../../ui/useLoad';
import { KINDS, timesOn } from '../diary/week';

type TaskPage = { items: Schemas['TaskListItem'][]; nextCursor?: string };
type QuotePage = { items: Schemas['QuoteListItem'][]; nextCursor?: string };
type JobPage = { items: Schemas['JobListItem'][]; nextCursor?: string };

/** Staff: their tasks due today or overdue, first. Owners and admins: that, and the business at a glance. */
export default function TodayScreen() {
  const { session } = useApp();
  return (
    <section>
      <h1>Today</h1>
      <p className="sub">{ukDate(londonToday())}</p>
      <MyDayInTheDiary />
      <MyTasksDue />
      {seesPrices(session) && <AtAGlance />}
    </section>
  );
}

/** What the diary holds for me today (London day): visits, meetings and blocked time, by start. */
function MyDayInTheDiary() {
  const { api, session } = useApp();
  const today = londonToday();
  const diary = useLoad(() => api.get<Schemas['Diary']>('/diary', { member: session.userId, from: today, to: today }), [today]);
  const appointments = [...(diary.data?.appointments ?? [])].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return (
    <section aria-labelledby="my-day">
      <h2 id="my-day">My day</h2>
      {diary.loading && !diary.data && <Loading what="your diary" />}
      {diary.error !== null && <LoadError error={diary.error} retry={diary.reload} />}
      {diary.data && appointments.length === 0 && <p className="empty">Nothing in your diary today. <Link to="/diary">My diary</Link></p>}
      {!seesPrices(session) && <p><Link to={`/resources/staff/${session.userId}`}>My working hours and skills</Link></p>}
      {appointments.length > 0 && (
        <ul className="cards">
          {appointments.map((a) => (
            <li key={a.appointmentId} className="card">
              <strong>{timesOn(a, today)} {a.title}</strong>
              <span className="tag">{KINDS[a.kind]}</span>
              {a.jobId && <Link to={`/jobs/${a.jobId}`}>The job</Link>}
              {a.notes && <span>{a.notes}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function MyTasksDue() {
  const { api } = useApp();
  const today = londonToday();
  const tasks = useLoad(() => api.get<TaskPage>('/tasks/mine', { status: 'open,in-progress', dueTo: today, limit: 50 }), [today]);
  return (
    <section aria-labelledby="my-tasks">
      <h2 id="my-tasks">My tasks due</h2>
      {tasks.loading && !tasks.data && <Loading what="your tasks" />}
      {tasks.error !== null && <LoadError error={tasks.error} retry={tasks.reload} />}
      {tasks.data && tasks.data.items.length === 0 && <p className="empty">Nothing due today. <Link to="/tasks">All my tasks</Link></p>}
      {tasks.data && tasks.data.items.length > 0 && (
        <ul className="cards">
          {tasks.data.items.map((t) => (
            <li key={t.taskId} className="card">
              <strong>{t.title}</strong>
              <span>{t.overdue ? <em className="tag overdue">Overdue: due {ukDate(t.dueDate)}</em> : <span className="tag">Due today</span>}</span>
              <span className="tag">Priority: {t.priority}</span>
              {t.checklistTotal > 0 && <span>{t.checklistDone} of {t.checklistTotal} checked</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function AtAGlance() {
  const { api } = useApp();
  const today = londonToday();
  const waiting = useLoad(() => api.get<QuotePage>('/quotes', { state: 'issued,viewed', sort: 'validUntil', order: 'asc', limit: 10 }), []);
  const working = useLoad(() => api.get<JobPage>('/jobs', { status: 'in-progress', limit: 10 }), []);
  const bookedToday = useLoad(() => api.get<JobPage>('/jobs', { status: 'scheduled', scheduledFrom: today, scheduledTo: today, limit: 10 }), [today]);
  const overdue = useLoad(() => api.get<Schemas['OpenTasksByAssignee']>('/reports/open-tasks-by-assignee', { overdueTasks: 5 }), []);
  const accepted = useLoad(async () => {
    let cursor: string | undefined;
    let total = 0;
    let count = 0;
    do {
      const page = await api.get<QuotePage>('/quotes', { state: 'accepted', dateField: 'accepted', from: monthStart(today), to: today, limit: 100, cursor });
      page.items.forEach((q) => { total += q.gross ?? 0; count += 1; });
      cursor = page.nextCursor;
    } while (cursor);
    return { total, count };
  }, [today]);
  return (
    <div className="glance">
      <section aria-labelledby="waiting">
        <h2 id="waiting">Quotes waiting for an answer</h2>
        {waiting.loading && !waiting.data && <Loading what="quotes" />}
        {waiting.error !== null && <LoadError error={waiting.error} retry={waiting.reload} />}
        {waiting.data && (waiting.data.items.length === 0 ? <p className="empty">No quote is waiting.</p> : (
          <table>
            <thead><tr><th scope="col">Quote</th><th scope="col">Title</th><th scope="col">Valid until</th><th scope="col" className="num">Total</th></tr></thead>
            <tbody>{waiting.data.items.map((q) => (
              <tr key={q.quoteId}><td><Link to={`/quotes/${q.quoteId}`}>{q.displayNumber ?? 'Draft'}</Link></td><td>{q.title}</td>
                <td>{ukDate(q.validUntil)}</td><td className="num">{money(q.gross)}</td></tr>
            ))}</tbody>
          </table>
        ))}
      </section>
      <section aria-labelledby="jobs-now">
        <h2 id="jobs-now">Jobs in progress and booked today</h2>
        {(working.loading || bookedToday.loading) && !(working.data && bookedToday.data) && <Loading what="jobs" />}
        {working.error !== null && <LoadError error={working.error} retry={working.reload} />}
        {bookedToday.error !== null && <LoadError error={bookedToday.error} retry={bookedToday.reload} />}
        {working.data && bookedToday.data && (working.data.items.length + bookedToday.data.items.length === 0
          ? <p className="empty">No job in progress or booked for today.</p> : (
            <ul>
              {[...working.data.items, ...bookedToday.data.items].map((j) => (
                <li key={j.jobId}><Link to={`/jobs/${j.jobId}`}>{j.title}</Link> · {j.status === 'in-progress' ? 'in progress' : 'booked today'}</li>
              ))}
              {(working.data.nextCursor || bookedToday.data.nextCursor) && <li><Link to="/jobs">All jobs</Link></li>}
            </ul>
          ))}
      </section>
      <section aria-labelledby="overdue">
        <h2 id="overdue">Tasks overdue</h2>
        {overdue.loading && !overdue.data && <Loading what="tasks" />}
        {overdue.error !== null && <LoadError error={overdue.error} retry={overdue.reload} />}
        {overdue.data && <p className="figure"><strong>{overdue.data.total.overdue}</strong> overdue of {overdue.data.total.open + overdue.data.total.inProgress} open</p>}
      </section>
      <section aria-labelledby="accepted">
        <h2 id="accepted">Accepted this month</h2>
        {accepted.loading && !accepted.data && <Loading what="quotes" />}
        {accepted.error !== null && <LoadError error={accepted.error} retry={accepted.reload} />}
        {accepted.data && <p className="figure"><strong>{money(accepted.data.total)}</strong> from {accepted.data.count} {accepted.data.count === 1 ? 'quote' : 'quotes'}</p>}
      </section>
    </div>
  );
}
