import { useEffect, useState, type FormEvent } from 'react';
import { ApiError, type CommandResult, type Schemas } from '../../app/api';
import { seesPrices } from '../../app/auth';
import { useApp } from '../../app/session';
import { useTeam } from '../team/useTeam';
import { parseUkDate, ukDate } from '../../lib/format';
import { formErrors, type FormErrors } from '../../lib/problems';
import { uuidv7 } from '../../lib/uuid';
import { Field, FormErrorsSummary, LoadError, Loading } from '../../ui/Field';
import { apply, column, COLUMNS, merge, type Board, type BoardTask } from './board';

type Page = { items: Schemas['TaskListItem'][]; nextCursor?: string };
type TaskDoc = Schemas['Task'];

export default function TaskBoardScreen() {
  const { api, session, realtime } = useApp();
  const team = useTeam();
  const everyone = seesPrices(session); // owners and admins see every task; staff their own
  const [board, setBoard] = useState<Board>({});
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    let live = true;
    (async () => {
      setLoading(true);
      try {
        let next: Board = {};
        let cursor: string | undefined;
        let pages = 0;
        do {
          const page = await api.get<Page>(everyone ? '/tasks' : '/tasks/mine', { limit: 100, cursor });
          page.items.forEach((t) => { next = merge(next, t as BoardTask); });
          cursor = page.nextCursor;
        } while (cursor && ++pages < 5);
        if (live) { setBoard((b) => Object.values(next).reduce(merge, b)); setError(null); }
      } catch (e) {
        if (live) setError(e);
      } finally {
        if (live) setLoading(false);
      }
    })();
    return () => { live = false; };
  }, [api, everyone, tick]);

  useEffect(() => realtime?.subscribe((m) => setBoard((b) => apply(b, m, session.userId, !everyone))), [realtime, session.userId, everyone]);

  /** After a command: the task as it is now, at least at the version the command left it. */
  async function refreshTask(taskId: string, result: CommandResult) {
    const t = await api.get<TaskDoc>(`/tasks/${taskId}`, { minVersion: result.version });
    setBoard((b) => merge(b, t as BoardTask));
  }

  return (
    <section>
      <h1>Tasks</h1>
      <NewTask onCreated={refreshTask} />
      {loading && Object.keys(board).length === 0 && <Loading what="tasks" />}
      {error !== null && <LoadError error={error} retry={() => setTick((t) => t + 1)} />}
      {!loading && error === null && Object.keys(board).length === 0 && <p className="empty">{everyone ? 'No tasks yet.' : 'No tasks are assigned to you.'}</p>}
      <div className="board">
        {COLUMNS.map((c) => {
          const tasks = column(board, c.status);
          return (
            <section key={c.status} className="column" aria-labelledby={`col-${c.status}`}>
              <h2 id={`col-${c.status}`}>{c.label} <span className="count">({tasks.length})</span></h2>
              <ul>
                {tasks.map((t) => (
                  <li key={t.taskId} className="card" data-task={t.taskId}>
                    <button type="button" className="card-title" aria-expanded={open === t.taskId} onClick={() => setOpen(open === t.taskId ? null : t.taskId)}>{t.title}</button>
                    <span className="meta">
                      {t.dueDate && <span className={t.overdue ? 'tag overdue' : 'tag'}>{t.overdue ? 'Overdue: ' : 'Due '}{ukDate(t.dueDate)}</span>}
                      <span className="tag">Priority: {t.priority}</span>
                      {(t.checklistTotal ?? 0) > 0 && <span className="tag">{t.checklistDone} of {t.checklistTotal} checked</span>}
                      {everyone && <span className="tag">{t.assignee ? (t.assignee === session.userId ? 'Mine' : `Assigned: ${team.nameOf(t.assignee) ?? 'a colleague'}`) : 'Unassigned'}</span>}
                    </span>
                    {open === t.taskId && <TaskDetail taskId={t.taskId} onChanged={refreshTask} />}
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </section>
  );
}

function NewTask({ onCreated }: { onCreated: (id: string, r: CommandResult) => Promise<void> }) {
  const { api } = useApp();
  const [title, setTitle] = useState('');
  const [due, setDue] = useState('');
  const [priority, setPriority] = useState('normal');
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, form: [] });
  const [busy, setBusy] = useState(false);
  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    const taskId = uuidv7();
    try {
      const result = await api.command('POST', '/tasks', { taskId, title, priority, dueDate: due.trim() === '' ? null : parseUkDate(due) ?? due });
      setTitle(''); setDue(''); setErrors({ fields: {}, form: [] });
      await onCreated(taskId, result);
    } catch (err) {
      setErrors(err instanceof ApiError ? formErrors(err.problem, ['title', 'dueDate', 'priority']) : { fields: {}, form: [String(err)] });
    } finally {
      setBusy(false);
    }
  }
  return (
    <details className="new-task">
      <summary>New task</summary>
      <form onSubmit={submit} noValidate aria-label="New task">
        <FormErrorsSummary messages={errors.form} />
        <Field id="new-title" label="Title" error={errors.fields.title}>{(p) => <input {...p} value={title} onChange={(e) => setTitle(e.target.value)} />}</Field>
        <Field id="new-due" label="Due (DD/MM/YYYY)" error={errors.fields.dueDate}>{(p) => <input {...p} inputMode="numeric" value={due} onChange={(e) => setDue(e.target.value)} />}</Field>
        <Field id="new-priority" label="Priority" error={errors.fields.priority}>
          {(p) => <select {...p} value={priority} onChange={(e) => setPriority(e.target.value)}>{['low', 'normal', 'high', 'urgent'].map((x) => <option key={x}>{x}</option>)}</select>}
        </Field>
        <button type="submit" disabled={busy}>Create</button>
      </form>
    </details>
  );
}

function TaskDetail({ taskId, onChanged }: { taskId: string; onChanged: (id: string, r: CommandResult) => Promise<void> }) {
  const { api, session } = useApp();
  const [task, setTask] = useState<TaskDoc | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [assignee, setAssignee] = useState('');
  const team = useTeam();
  const [itemText, setItemText] = useState('');
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, form: [] });
  const [busy, setBusy] = useState(false);
  const load = (minVersion?: number) => api.get<TaskDoc>(`/tasks/${taskId}`, { minVersion }).then((t) => { setTask(t); setAssignee(t.assignee ?? ''); }).catch(setError);
  useEffect(() => { void load(); }, [taskId]); // eslint-disable-line react-hooks/exhaustive-deps

  async function command(method: 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown) {
    setBusy(true);
    try {
      const result = await api.command(method, `/tasks/${taskId}${path}`, body);
      setErrors({ fields: {}, form: [] });
      await onChanged(taskId, result);
      await load(result.version);
    } catch (err) {
      setErrors(err instanceof ApiError ? formErrors(err.problem, ['assignee', 'text']) : { fields: {}, form: [String(err)] });
      return false;
    } finally {
      setBusy(false);
    }
    return true;
  }

  if (error) return <LoadError error={error} />;
  if (!task) return <Loading what="the task" />;
  const finished = task.status === 'done' || task.status === 'cancelled';
  const manager = seesPrices(session);
  return (
    <div className="task-detail">
      {task.description && <p>{task.description}</p>}
      <FormErrorsSummary messages={errors.form} />
      {task.checklist.length > 0 && (
        <fieldset disabled={busy || finished}>
          <legend>Checklist</legend>
          {task.checklist.map((item) => (
            <label key={item.itemId} className="check">
              <input type="checkbox" checked={item.done} onChange={() => command('POST', `/checklist/${item.itemId}/${item.done ? 'untick' : 'tick'}`)} /> {item.text}
            </label>
          ))}
        </fieldset>
      )}
      {!finished && (
        <form className="assign" onSubmit={async (e) => { e.preventDefault(); if (await command('POST', '/checklist', { itemId: uuidv7(), text: itemText })) setItemText(''); }}>
          <Field id={`item-${taskId}`} label="New checklist item" error={errors.fields.text}>
            {(p) => <input {...p} value={itemText} onChange={(e) => setItemText(e.target.value)} />}
          </Field>
          <button type="submit" disabled={busy}>Add item</button>
        </form>
      )}
      <div className="buttons">
        {task.status === 'open' && <button type="button" disabled={busy} onClick={() => command('POST', '/start')}>Start</button>}
        {!finished && <button type="button" disabled={busy} onClick={() => command('POST', '/complete')}>Done</button>}
        {!finished && <button type="button" disabled={busy} onClick={() => command('POST', '/cancel', {})}>Cancel task</button>}
      </div>
      {manager && !finished && (
        <form className="assign" onSubmit={(e) => { e.preventDefault(); void command('PUT', '/assignee', { assignee: assignee.trim() === '' ? null : assignee.trim() }); }}>
          <Field id={`assignee-${taskId}`} label="Assignee" error={errors.fields.assignee}>
            {(p) => (
              <select {...p} value={assignee} onChange={(e) => setAssignee(e.target.value)}>
                <option value="">No one</option>
                {team.members.filter((m) => m.status === 'active' || m.userId === assignee).map((m) => (
                  <option key={m.userId} value={m.userId}>{m.name}{m.userId === session.userId ? ' (me)' : ''}{m.status === 'removed' ? ' (removed)' : ''}</option>
                ))}
                {assignee && !team.members.some((m) => m.userId === assignee) && <option value={assignee}>Someone not on the team</option>}
              </select>
            )}
          </Field>
          <button type="submit" disabled={busy}>Assign</button>
        </form>
      )}
    </div>
  );
}
