import { useEffect, useState, type FormEvent } from 'react';
import { ApiError, type Schemas } from '../../app/api';
import { seesPrices } from '../../app/auth';
import { useApp } from '../../app/session';
import { londonToday, ukDate } from '../../lib/format';
import { uuidv7 } from '../../lib/uuid';
import { Field, FormErrorsSummary, LoadError, Loading } from '../../ui/Field';
import { useCommands } from '../../ui/useCommands';
import { useTeam } from '../team/useTeam';
import FreeSlotsFinder from './FreeSlotsFinder';
import { addDays, bookingBody, clockPlus, KINDS, mondayOf, movedToDay, REPEATS, seriesBody, timesOn, weekOf, withResources, type Appointment, type BookingForm, type Kind, type Repeat } from './week';

const FIELDS = ['kind', 'start', 'end', 'members', 'title', 'notes', 'override', 'resources'];
/** What the diary shows: a member's (their user id) or a busy resource's (this prefix and its id). */
const RESOURCE = 'resource:';
type Bookable = Schemas['ResourceList']['items'][number];
const SERIES_FIELDS = ['kind', 'members', 'title', 'notes', 'override', 'rule.count'];
const WEEKDAY = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });

/**
 * The diary: a member's week in London time (owners and admins choose whose; staff see their own), changes
 * pushed live; owners and admins book visits and meetings for anyone, clash-free unless they book over a
 * clash with a reason; staff block out their own time.
 */
export default function DiaryScreen() {
  const { api, session, realtime } = useApp();
  const manager = seesPrices(session);
  const team = useTeam();
  const today = londonToday();
  const [member, setMember] = useState(session.userId);
  const [monday, setMonday] = useState(mondayOf(today));
  const [appointments, setAppointments] = useState<Appointment[] | null>(null);
  const [bookables, setBookables] = useState<Bookable[]>([]);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [form, setForm] = useState<BookingForm>({ kind: manager ? 'job-visit' : 'blocked', day: today, from: '09:00', to: '10:00',
    members: [session.userId], title: '', notes: '' });
  const [clash, setClash] = useState(false);
  const [reason, setReason] = useState('');
  /** The appointment the form moves instead of booking a new one (chosen with Move, or dropped on a day and refused). */
  const [moving, setMoving] = useState<Appointment | null>(null);
  const [dragged, setDragged] = useState<string | null>(null);
  const [repeat, setRepeat] = useState<Repeat>('none');
  const [times, setTimes] = useState('');
  const { busy, errors, saved, run, setSaved } = useCommands();

  async function load(minVersion?: string) {
    try {
      const whose = member.startsWith(RESOURCE) ? { resource: member.slice(RESOURCE.length) } : { member };
      const diary = await api.get<Schemas['Diary']>('/diary', { ...whose, from: monday, to: addDays(monday, 6), minVersion });
      setAppointments(diary.appointments);
      setLoadError(null);
    } catch (e) {
      setLoadError(e);
    }
  }
  useEffect(() => { void load(); }, [member, monday]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    if (!manager) return undefined;
    let live = true;
    api.get<Schemas['ResourceList']>('/resources').then((list) => { if (live) setBookables(list.items.filter((r) => !r.retired)); })
      .catch(() => undefined);
    return () => { live = false; };
  }, [api, manager]);
  useEffect(() => realtime?.subscribe((m) => { if (m.type.startsWith('appointment.')) void load(); }), [realtime, member, monday]); // eslint-disable-line react-hooks/exhaustive-deps

  const update = (patch: Partial<BookingForm>) => setForm((f) => ({ ...f, ...patch }));
  const toggleResource = (id: string) => update({ resources: (form.resources ?? []).includes(id)
    ? (form.resources ?? []).filter((r) => r !== id) : [...(form.resources ?? []), id] });
  const toggleMember = (id: string) => update({ members: form.members.includes(id) ? form.members.filter((m) => m !== id) : [...form.members, id] });

  /** Whether this member may move it: owners and admins any, staff their own blocked time. */
  const movable = (a: Appointment) => manager || (a.kind === 'blocked' && a.members.length === 1 && a.members[0] === session.userId);

  /** Asks for a move; a clash is offered to owners and admins to move over it with a reason, on the form. */
  async function move(a: Appointment, body: ReturnType<typeof movedToDay>, message: string) {
    const attempt = async () => {
      try {
        return await api.command('POST', `/appointments/${a.appointmentId}/move`, body);
      } catch (err) {
        if (manager && err instanceof ApiError && err.problem.code === 'appointment.clash') {
          setMoving(a);
          setForm((f) => ({ ...f, day: body.start.slice(0, 10), from: body.start.slice(11, 16), to: body.end.slice(11, 16), members: body.members }));
          setClash(true);
        }
        throw err;
      }
    };
    await run(attempt, message, FIELDS, async (result) => {
      setMoving(null);
      setClash(false);
      setReason('');
      await load(`${a.appointmentId}:${result.version}`);
    });
  }

  function startMoving(a: Appointment) {
    setMoving(a);
    setClash(false);
    setReason('');
    setForm((f) => ({ ...f, kind: a.kind, day: a.start.slice(0, 10), from: a.start.slice(11, 16), to: a.end.slice(11, 16), members: a.members, title: a.title }));
  }

  function dropOn(day: string) {
    const a = appointments?.find((x) => x.appointmentId === dragged);
    setDragged(null);
    if (!a || !movable(a) || a.start.slice(0, 10) === day) return;
    void move(a, movedToDay(a, day), `${a.title} is moved to ${ukDate(day)}.`);
  }

  async function book(e: FormEvent) {
    e.preventDefault();
    if (moving) {
      const body = { start: `${form.day}T${form.from}`, end: `${form.day}T${form.to}`, members: manager ? form.members : moving.members,
        ...(clash && reason.trim() !== '' ? { override: { reason: reason.trim() } } : {}) };
      await move(moving, body, clash ? `${moving.title} is moved over the clash; the override is recorded.` : `${moving.title} is moved.`);
      return;
    }
    if (repeat !== 'none') {
      await bookSeries(repeat);
      return;
    }
    const id = uuidv7();
    const body = bookingBody(id, manager ? form : { ...form, kind: 'blocked', members: [session.userId] }, clash ? reason : undefined);
    const attempt = async () => {
      try {
        return await api.command('POST', '/appointments', body);
      } catch (err) {
        // a clash: owners and admins may book over it, saying why (recorded and shown)
        if (manager && err instanceof ApiError && err.problem.code === 'appointment.clash') setClash(true);
        throw err;
      }
    };
    await run(attempt, clash ? 'Booked over the clash; the override is recorded.' : 'Booked.', FIELDS, async (result) => {
      setClash(false);
      setReason('');
      update({ title: '', notes: '', resources: [] });
      if (body.members.includes(member)) await load(`${id}:${result.version}`);
    });
  }

  /** Sets up a series: its occurrences booked to twelve weeks ahead, those that clash listed (owners and admins may book over them). */
  async function bookSeries(how: Exclude<Repeat, 'none'>) {
    const id = uuidv7();
    const who = manager ? form : { ...form, kind: 'blocked' as Kind, members: [session.userId] };
    const attempt = async () => {
      const answer = await api.command('POST', '/appointment-series', seriesBody(id, who, how, times));
      return answer as unknown as Schemas['CommandResult'];
    };
    await run(attempt, 'Set up.', SERIES_FIELDS, async (result) => {
      const booked = result as unknown as Schemas['SeriesBooked'];
      const skipped = [...booked.clashed, ...booked.timeDoesNotExist].sort();
      setSaved(`Repeats: ${booked.booked.length} booked up to ${ukDate(addDays(booked.to, -1))}`
        + (skipped.length > 0 ? `; not booked on ${skipped.map(ukDate).join(', ')} (${booked.clashed.length > 0 ? 'a clash' : 'no such time that day'}).` : '.'));
      setClash(false);
      setReason('');
      setRepeat('none');
      update({ title: '', notes: '', resources: [] });
      await load();
    });
  }

  const cancel = (a: Appointment) => run(() => api.command('POST', `/appointments/${a.appointmentId}/cancel`, { reason: 'Cancelled from the diary' }),
    `${a.title} is cancelled.`, [], () => { setAppointments((list) => list?.filter((x) => x.appointmentId !== a.appointmentId) ?? list); });

  const nameOf = (id: string) => (id === session.userId ? 'You' : team.nameOf(id) ?? 'a colleague');
  if (loadError !== null) return <LoadError error={loadError} retry={() => load()} />;
  if (!appointments) return <Loading what="the diary" />;
  const week = weekOf(monday, appointments);
  const active = team.members.filter((m) => m.status === 'active');
  return (
    <section>
      <h1>Diary</h1>
      <p className="sub">Week of {ukDate(monday)}, London time. {manager ? 'Nobody is booked twice for the same time.' : 'Your visits; block out time you are not free.'}</p>
      {saved && <p className="ok" role="status">{saved}</p>}
      <div className="filters">
        {manager && (
          <Field id="whose" label="Whose diary">
            {(p) => (
              <select {...p} value={member} onChange={(e) => setMember(e.target.value)}>
                <option value={session.userId}>Mine</option>
                {active.filter((m) => m.userId !== session.userId).map((m) => <option key={m.userId} value={m.userId}>{m.name}</option>)}
                {bookables.some((b) => b.busy) && (
                  <optgroup label="Equipment and vehicles">
                    {bookables.filter((b) => b.busy).map((b) => <option key={b.resourceId} value={RESOURCE + b.resourceId}>{b.name}{b.registration ? ` (${b.registration})` : ''}</option>)}
                  </optgroup>
                )}
              </select>
            )}
          </Field>
        )}
        <p>
          <button type="button" onClick={() => setMonday(addDays(monday, -7))}>Previous week</button>{' '}
          <button type="button" onClick={() => setMonday(mondayOf(today))}>This week</button>{' '}
          <button type="button" onClick={() => setMonday(addDays(monday, 7))}>Next week</button>
        </p>
      </div>
      <div className="week">
        {week.map(({ day, appointments: list }) => (
          <section key={day} aria-label={WEEKDAY.format(new Date(`${day}T12:00:00Z`))} className={[day === today ? 'day today' : 'day', dragged ? 'droppable' : ''].join(' ')}
            onDragOver={(e) => { if (dragged) e.preventDefault(); }} onDrop={(e) => { e.preventDefault(); dropOn(day); }}>
            <h2>{WEEKDAY.format(new Date(`${day}T12:00:00Z`))}</h2>
            {list.length === 0 ? <p className="muted">Free</p> : (
              <ul>
                {list.map((a) => (
                  <li key={a.appointmentId} draggable={movable(a) && a.start.slice(0, 10) === day}
                    onDragStart={(e) => { e.dataTransfer.setData('text/plain', a.appointmentId); setDragged(a.appointmentId); }}
                    onDragEnd={() => setDragged(null)}>
                    <strong>{timesOn(a, day)}</strong> {a.title} <small>({KINDS[a.kind]}{(a.members.length > 1 || member.startsWith(RESOURCE)) && `, with ${a.members.filter((m) => m !== member).map(nameOf).join(', ')}`}{withResources(a) && `, ${withResources(a)}`})</small>
                    {a.override && <> <span className="state state-submitted" title={a.override.reason}>booked over a clash</span></>}
                    {movable(a) && a.start.slice(0, 10) === day && (
                      <> <button type="button" className="link" disabled={busy} onClick={() => startMoving(a)}>Move<span className="visually-hidden"> {a.title}</span></button></>
                    )}
                    {(manager || a.kind === 'blocked') && a.start.slice(0, 10) === day && (
                      <> <button type="button" className="link" disabled={busy} onClick={() => void cancel(a)}>Cancel<span className="visually-hidden"> {a.title}</span></button></>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
      {manager && (
        <FreeSlotsFinder nameOf={nameOf} choose={(slot, minutes) => {
          setMoving(null);
          setClash(false);
          const from = slot.start.slice(11, 16);
          setForm((f) => ({ ...f, kind: 'job-visit', day: slot.start.slice(0, 10), from, to: clockPlus(from, minutes), members: [slot.member] }));
          document.getElementById('title')?.focus();
        }} />
      )}
      <FormErrorsSummary messages={errors.form} />
      <form onSubmit={book} noValidate aria-label={moving ? 'Move' : manager ? 'Book' : 'Block out time'}>
        <fieldset disabled={busy}>
          <legend>{moving ? `Move “${moving.title}”: a new time${manager ? ' or other people' : ''}` : manager ? 'Book a visit, a meeting or blocked time' : 'Block out time'}</legend>
          <div className="grid">
            {manager && !moving && (
              <Field id="kind" label="What" error={errors.fields.kind}>
                {(p) => (
                  <select {...p} value={form.kind} onChange={(e) => update({ kind: e.target.value as Kind })}>
                    {Object.entries(KINDS).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
                  </select>
                )}
              </Field>
            )}
            <Field id="day" label="Day" error={errors.fields.start}>
              {(p) => <input {...p} type="date" value={form.day} onChange={(e) => update({ day: e.target.value })} />}
            </Field>
            <Field id="from" label="From" error={undefined}>
              {(p) => <input {...p} type="time" step={300} value={form.from} onChange={(e) => update({ from: e.target.value })} />}
            </Field>
            <Field id="to" label="To" error={errors.fields.end}>
              {(p) => <input {...p} type="time" step={300} value={form.to} onChange={(e) => update({ to: e.target.value })} />}
            </Field>
            {!moving && (
              <>
                <Field id="title" label="Title" error={errors.fields.title}>
                  {(p) => <input {...p} value={form.title} onChange={(e) => update({ title: e.target.value })} />}
                </Field>
                <Field id="notes" label="Notes (optional)" error={errors.fields.notes}>
                  {(p) => <input {...p} value={form.notes} onChange={(e) => update({ notes: e.target.value })} />}
                </Field>
                <Field id="repeat" label="Repeats">
                  {(p) => (
                    <select {...p} value={repeat} onChange={(e) => setRepeat(e.target.value as Repeat)}>
                      {Object.entries(REPEATS).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
                    </select>
                  )}
                </Field>
                {repeat !== 'none' && (
                  <Field id="times" label="How many times (blank: no end)" error={errors.fields['rule.count']}>
                    {(p) => <input {...p} inputMode="numeric" value={times} onChange={(e) => setTimes(e.target.value)} />}
                  </Field>
                )}
              </>
            )}
          </div>
          {manager && (
            <fieldset className="members">
              <legend>Who</legend>
              {[{ userId: session.userId, name: 'Me' }, ...active.filter((m) => m.userId !== session.userId)].map((m) => (
                <label key={m.userId} className="check"><input type="checkbox" checked={form.members.includes(m.userId)} onChange={() => toggleMember(m.userId)} /> {m.name}</label>
              ))}
              {errors.fields.members && <p className="error">{errors.fields.members}</p>}
            </fieldset>
          )}
          {manager && !moving && bookables.length > 0 && (
            <fieldset className="members">
              <legend>Equipment and vehicles</legend>
              {bookables.map((b) => (
                <label key={b.resourceId} className="check"><input type="checkbox" checked={(form.resources ?? []).includes(b.resourceId)}
                  onChange={() => toggleResource(b.resourceId)} /> {b.name}{b.registration ? ` (${b.registration})` : ''}{b.busy ? ' — booked exclusively' : ''}</label>
              ))}
              {errors.fields.resources && <p className="error">{errors.fields.resources}</p>}
            </fieldset>
          )}
          {clash && (
            <Field id="override" label="Book over the clash anyway: why?" error={errors.fields.override}>
              {(p) => <input {...p} value={reason} onChange={(e) => setReason(e.target.value)} />}
            </Field>
          )}
          {moving ? (
            <>
              <button type="submit">{clash && reason.trim() !== '' ? 'Move anyway' : 'Move'}</button>{' '}
              <button type="button" className="link" onClick={() => { setMoving(null); setClash(false); update({ title: '' }); }}>Keep it where it is</button>
            </>
          ) : <button type="submit">{clash && reason.trim() !== '' ? 'Book anyway' : manager ? 'Book' : 'Block out'}</button>}
        </fieldset>
      </form>
    </section>
  );
}
