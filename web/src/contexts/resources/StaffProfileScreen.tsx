import { useEffect, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError, type Schemas } from '../../app/api';
import { seesPrices } from '../../app/auth';
import { useApp } from '../../app/session';
import { londonToday, money, ukDate } from '../../lib/format';
import { Field, FormErrorsSummary, LoadError, Loading } from '../../ui/Field';
import { useCommands } from '../../ui/useCommands';
import { uuidv7 } from '../../lib/uuid';
import { useTeam } from '../team/useTeam';
import { addDays, mondayOf } from '../diary/week';
import {
  ABSENCE_KEYS, ABSENCE_KINDS, absenceBody, costBody, DAY_LABELS, emptyAbsence, type AbsenceForm, type AbsenceKind, dayErrors, DAYS, EMPTY_PROFILE, formOfProfile, MAX_RANGES, profileBody, profileErrorKeys, rateOn,
  typicalWeek, weeklyMinutes, type Day, type Range, type StaffForm,
} from './staffForm';

type Profile = Schemas['StaffProfile'];

function hours(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/**
 * A member as a resource: skills and working hours per weekday (London clock time), and for owners and
 * admins the hourly cost from a day on. Staff read their own profile, without costs.
 */
export default function StaffProfileScreen() {
  const { memberId = '' } = useParams();
  const { api, session } = useApp();
  const office = seesPrices(session);
  const { nameOf } = useTeam();
  const today = londonToday();
  const [profile, setProfile] = useState<Profile | null>(null);
  const [missing, setMissing] = useState(false);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [form, setForm] = useState<StaffForm>(EMPTY_PROFILE);
  const [cost, setCost] = useState({ pounds: '', effectiveFrom: today });
  const { busy, errors, saved, run } = useCommands();
  const [absence, setAbsence] = useState<AbsenceForm>(emptyAbsence(today));
  const [week, setWeek] = useState<Schemas['Availability'] | null>(null);

  async function load(minVersion?: number) {
    try {
      const p = await api.get<Profile>(`/resources/staff/${memberId}`, { minVersion });
      setProfile(p);
      setForm(formOfProfile(p));
      setMissing(false);
      setLoadError(null);
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) {
        setMissing(true);
        setLoadError(null);
      } else {
        setLoadError(e);
      }
    }
  }
  useEffect(() => { void load(); }, [memberId]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    let live = true;
    const monday = mondayOf(today);
    api.get<Schemas['Availability']>(`/resources/staff/${memberId}/availability`, { from: monday, to: addDays(monday, 6) })
      .then((a) => { if (live) setWeek(a); }).catch(() => { if (live) setWeek(null); });
    return () => { live = false; };
  }, [memberId, profile?.version]); // eslint-disable-line react-hooks/exhaustive-deps

  const name = nameOf(memberId) ?? (memberId === session.userId ? 'You' : 'This member');
  const reload = async (result: { version: number }) => { await load(result.version); };

  function saveProfile(e: FormEvent) {
    e.preventDefault();
    void run(() => api.command('PUT', `/resources/staff/${memberId}`, profileBody(form)), `${name}'s skills and working hours are saved.`,
      profileErrorKeys(), reload);
  }

  function saveCost(e: FormEvent) {
    e.preventDefault();
    void run(() => api.command('POST', `/resources/staff/${memberId}/hourly-cost`, costBody(cost.pounds, cost.effectiveFrom)),
      `${name}'s hourly cost from ${ukDate(cost.effectiveFrom)} is saved.`, ['hourlyCost', 'effectiveFrom'],
      async (result) => { setCost({ pounds: '', effectiveFrom: today }); await reload(result); });
  }

  function recordAbsence(e: FormEvent) {
    e.preventDefault();
    void run(() => api.command('POST', `/resources/staff/${memberId}/absences`, absenceBody(uuidv7(), absence)),
      `${name === 'You' ? 'Your' : `${name}'s`} absence is recorded.`, ABSENCE_KEYS,
      async (result) => { setAbsence(emptyAbsence(today)); await reload(result); });
  }

  const cancelAbsence = (absenceId: string) => run(
    () => api.command('POST', `/resources/staff/${memberId}/absences/${absenceId}/cancel`, {}), 'The absence is cancelled.', [], reload);

  const setDay = (day: Day, ranges: Range[]) => setForm((f) => ({ ...f, days: { ...f.days, [day]: ranges } }));
  const setRange = (day: Day, i: number, patch: Partial<Range>) =>
    setDay(day, form.days[day].map((r, j) => (j === i ? { ...r, ...patch } : r)));

  if (loadError !== null) return <LoadError error={loadError} retry={() => load()} />;
  if (!profile && !missing) return <Loading what="the profile" />;
  const editable = office;
  const history = profile?.hourlyCosts ?? [];
  const inForce = history.filter((h) => h.effectiveFrom <= today).at(-1)?.effectiveFrom;
  return (
    <section>
      {office && <p><Link to="/team">← Team</Link></p>}
      <h1>{name}: skills and working hours</h1>
      <p className="sub">
        Working hours are London clock time; the diary's free slots and utilisation count from them.
        {missing && (office ? ' No profile yet: set one below.' : ' The office has not set your working hours yet.')}
      </p>
      {profile?.behind && <p className="sub" role="status">Still catching up with the latest change…</p>}
      {saved && <p className="ok" role="status">{saved}</p>}
      <FormErrorsSummary messages={errors.form} />
      <form onSubmit={saveProfile} noValidate aria-label="Skills and working hours">
        <fieldset disabled={busy || !editable}>
          <legend>Skills and working hours</legend>
          <Field id="skills" label="Skills (separated by commas)" error={errors.fields.skills} hint="For example: plumbing, gas safe, electrics">
            {(p) => <input {...p} value={form.skills} onChange={(e) => setForm((f) => ({ ...f, skills: e.target.value }))} />}
          </Field>
          <table className="week-hours">
            <caption>Working hours a week: {hours(weeklyMinutes(form.days))}</caption>
            <thead><tr><th scope="col">Day</th><th scope="col">Hours</th></tr></thead>
            <tbody>
              {DAYS.map((day) => {
                const error = dayErrors(errors.fields, day);
                return (
                  <tr key={day} className={error ? 'invalid' : undefined}>
                    <th scope="row">{DAY_LABELS[day]}</th>
                    <td>
                      {form.days[day].length === 0 && <span className="muted">Day off</span>}
                      {form.days[day].map((r, i) => (
                        <span key={i} className="range">
                          <label className="visually-hidden" htmlFor={`${day}-${i}-start`}>{DAY_LABELS[day]} range {i + 1} from</label>
                          <input id={`${day}-${i}-start`} type="time" value={r.start} aria-invalid={error ? true : undefined}
                            aria-describedby={error ? `${day}-error` : undefined} onChange={(e) => setRange(day, i, { start: e.target.value })} />
                          {' – '}
                          <label className="visually-hidden" htmlFor={`${day}-${i}-end`}>{DAY_LABELS[day]} range {i + 1} to</label>
                          <input id={`${day}-${i}-end`} type="time" value={r.end} aria-invalid={error ? true : undefined}
                            aria-describedby={error ? `${day}-error` : undefined} onChange={(e) => setRange(day, i, { end: e.target.value })} />
                          {editable && (
                            <button type="button" className="link" onClick={() => setDay(day, form.days[day].filter((_, j) => j !== i))}>
                              Remove<span className="visually-hidden"> {DAY_LABELS[day]} range {i + 1}</span>
                            </button>
                          )}
                        </span>
                      ))}
                      {editable && form.days[day].length < MAX_RANGES && (
                        <button type="button" className="link" onClick={() => setDay(day, [...form.days[day], { start: '', end: '' }])}>
                          Add hours<span className="visually-hidden"> on {DAY_LABELS[day]}</span>
                        </button>
                      )}
                      {error && <p id={`${day}-error`} className="error">{error}</p>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {editable && (
            <p>
              <button type="submit">Save skills and hours</button>{' '}
              {weeklyMinutes(form.days) === 0 && (
                <button type="button" className="link" onClick={() => setForm((f) => ({ ...f, days: typicalWeek() }))}>Start from Monday to Friday, 08:00–16:30</button>
              )}
            </p>
          )}
        </fieldset>
      </form>
      {week && (
        <section aria-labelledby="this-week">
          <h2 id="this-week">This week</h2>
          <div className="table-wrap">
            <table>
              <caption>Working time, time away, booked and free, London time</caption>
              <thead><tr><th scope="col">Day</th><th scope="col">Working</th><th scope="col" className="num">Away</th><th scope="col" className="num">Booked</th><th scope="col" className="num">Free</th></tr></thead>
              <tbody>
                {week.days.map((d) => (
                  <tr key={d.day} className={d.day === today ? 'today' : undefined}>
                    <th scope="row">{ukDate(d.day)}</th>
                    <td>{d.working.length === 0 ? 'Day off' : d.working.map((w) => `${w.start.slice(11, 16)}–${w.end.slice(11, 16)}`).join(', ')}</td>
                    <td className="num">{hours(d.absentMinutes)}</td>
                    <td className="num">{hours(d.bookedMinutes)}</td>
                    <td className="num">{hours(d.freeMinutes)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      <section aria-labelledby="away">
        <h2 id="away">Away</h2>
        {(profile?.absences ?? []).length === 0 ? <p className="muted">No holiday or absence recorded.</p> : (
          <ul>
            {(profile?.absences ?? []).map((a) => (
              <li key={a.absenceId}>
                {ABSENCE_KINDS[a.kind as AbsenceKind]}: {a.wholeDays
                  ? `${ukDate(a.start.slice(0, 10))}${a.start.slice(0, 10) !== addDays(a.end.slice(0, 10), -1) ? ` to ${ukDate(addDays(a.end.slice(0, 10), -1))}` : ''}`
                  : `${ukDate(a.start.slice(0, 10))}, ${a.start.slice(11, 16)}–${a.end.slice(11, 16)}`}
                {office && <> <button type="button" className="link" disabled={busy} onClick={() => void cancelAbsence(a.absenceId)}>Cancel<span className="visually-hidden"> the {ABSENCE_KINDS[a.kind as AbsenceKind].toLowerCase()} from {ukDate(a.start.slice(0, 10))}</span></button></>}
              </li>
            ))}
          </ul>
        )}
        {office && (
          <form onSubmit={recordAbsence} noValidate aria-label="Record an absence">
            <fieldset disabled={busy}>
              <legend>Record a holiday or absence</legend>
              <div className="grid">
                <Field id="absence-kind" label="Kind" error={errors.fields.kind}>
                  {(p) => (
                    <select {...p} value={absence.kind} onChange={(e) => setAbsence((a) => ({ ...a, kind: e.target.value as AbsenceKind }))}>
                      {Object.entries(ABSENCE_KINDS).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
                    </select>
                  )}
                </Field>
                <label className="check"><input type="checkbox" checked={!absence.wholeDays} onChange={(e) => setAbsence((a) => ({ ...a, wholeDays: !e.target.checked }))} /> Part of a day</label>
                {absence.wholeDays ? (
                  <>
                    <Field id="absence-first" label="First day" error={errors.fields.firstDay}>
                      {(p) => <input {...p} type="date" value={absence.firstDay} onChange={(e) => setAbsence((a) => ({ ...a, firstDay: e.target.value }))} />}
                    </Field>
                    <Field id="absence-last" label="Last day" error={errors.fields.lastDay}>
                      {(p) => <input {...p} type="date" value={absence.lastDay} onChange={(e) => setAbsence((a) => ({ ...a, lastDay: e.target.value }))} />}
                    </Field>
                  </>
                ) : (
                  <>
                    <Field id="absence-day" label="Day" error={errors.fields.start}>
                      {(p) => <input {...p} type="date" value={absence.day} onChange={(e) => setAbsence((a) => ({ ...a, day: e.target.value }))} />}
                    </Field>
                    <Field id="absence-from" label="Away from" error={undefined}>
                      {(p) => <input {...p} type="time" value={absence.from} onChange={(e) => setAbsence((a) => ({ ...a, from: e.target.value }))} />}
                    </Field>
                    <Field id="absence-to" label="Back at" error={errors.fields.end}>
                      {(p) => <input {...p} type="time" value={absence.to} onChange={(e) => setAbsence((a) => ({ ...a, to: e.target.value }))} />}
                    </Field>
                  </>
                )}
              </div>
              <button type="submit">Record the absence</button>
            </fieldset>
          </form>
        )}
      </section>
      {office && (
        <>
          <h2>Hourly cost</h2>
          <p className="sub">What an hour of {name === 'You' ? 'your' : `${name}'s`} time costs the business, for job costing. A new rate applies from its day on, never to visits before it. Staff never see it.</p>
          {history.length > 0 && <p>{rateOn(history, today) === null ? 'No rate in force today.' : `Today: ${money(rateOn(history, today))} an hour.`}</p>}
          {history.length === 0 ? <p className="muted">No cost set yet.</p> : (
            <div className="table-wrap">
              <table>
                <thead><tr><th scope="col">From</th><th scope="col" className="num">An hour</th><th scope="col"><span className="visually-hidden">In force</span></th></tr></thead>
                <tbody>
                  {history.map((r) => (
                    <tr key={r.effectiveFrom}>
                      <td>{ukDate(r.effectiveFrom)}</td>
                      <td className="num">{money(r.pence)}</td>
                      <td>{r.effectiveFrom === inForce ? 'in force today' : r.effectiveFrom > today ? 'from then on' : ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <form onSubmit={saveCost} noValidate aria-label="Set the hourly cost">
            <fieldset disabled={busy}>
              <legend>Set a new rate</legend>
              <div className="grid">
                <Field id="hourlyCost" label="An hour (£)" error={errors.fields.hourlyCost}>
                  {(p) => <input {...p} inputMode="decimal" value={cost.pounds} onChange={(e) => setCost((c) => ({ ...c, pounds: e.target.value }))} />}
                </Field>
                <Field id="effectiveFrom" label="From" error={errors.fields.effectiveFrom} hint="Today or later">
                  {(p) => <input {...p} type="date" min={today} value={cost.effectiveFrom} onChange={(e) => setCost((c) => ({ ...c, effectiveFrom: e.target.value }))} />}
                </Field>
              </div>
              <button type="submit">Set the rate</button>
            </fieldset>
          </form>
        </>
      )}
    </section>
  );
}
