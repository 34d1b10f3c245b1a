import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { formErrorsOf, type Schemas } from '../../app/api';
import { seesPrices } from '../../app/auth';
import { useApp } from '../../app/session';
import { londonToday } from '../../lib/format';
import type { FormErrors } from '../../lib/problems';
import { uuidv7 } from '../../lib/uuid';
import { Field, FormErrorsSummary } from '../../ui/Field';
import { useTeam } from '../team/useTeam';
import { VEHICLES } from './expenseForm';

type Vehicle = Schemas['MileageVehicle'];
type Mileage = Schemas['Mileage'];
type Expense = Schemas['Expense'];
interface JourneyRow { date: string; from: string; to: string; purpose: string; miles: string }

const NO_ERRORS: FormErrors = { fields: {}, form: [] };

/** The tax year (6 April to 5 April) a London date is in, as HMRC writes it: 2026-27. */
export function taxYearOf(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4));
  const start = isoDate.slice(5) >= '04-06' ? year : year - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/** The request body of a claim, from what the form holds (miles as whole numbers; blank miles left for the API to name). */
export function claimBody(expenseId: string, vehicle: Vehicle, passengers: string, rows: JourneyRow[], member: string | null,
  description = '') {
  return { expenseId, ...(member ? { member } : {}), ...changeBody(vehicle, passengers, rows, description) };
}

/** The request body of a draft claim's change: the claim whole, without its id and whose it is (it stays the driver's). */
export function changeBody(vehicle: Vehicle, passengers: string, rows: JourneyRow[], description = '') {
  return {
    vehicle,
    ...(vehicle === 'car-or-van' && passengers.trim() !== '' ? { passengers: Number(passengers) } : {}),
    journeys: rows.map((r) => ({ date: r.date, from: r.from.trim(), to: r.to.trim(), purpose: r.purpose.trim(),
      miles: r.miles.trim() === '' ? null : Number(r.miles) })),
    ...(description.trim() !== '' ? { description: description.trim() } : {}),
  };
}

/** The form's rows of a claim as logged. */
export function rowsOf(mileage: NonNullable<Expense['mileage']>): JourneyRow[] {
  return mileage.journeys.map((j) => ({ date: j.date, from: j.from, to: j.to, purpose: j.purpose, miles: String(j.miles) }));
}

/**
 * A mileage claim: journeys and a vehicle; the API prices it at HMRC's rates from the person's count this tax year.
 * At `expenses/:expenseId/mileage` it changes a draft claim, whole, priced again.
 */
export default function MileageClaimScreen() {
  const { api, session } = useApp();
  const navigate = useNavigate();
  const manager = seesPrices(session);
  const team = useTeam();
  const today = londonToday();
  const { expenseId: changing } = useParams();
  const [expenseId] = useState(changing ?? uuidv7());
  const [loaded, setLoaded] = useState(changing === undefined);
  const [description, setDescription] = useState('');
  const [vehicle, setVehicle] = useState<Vehicle>('car-or-van');
  const [passengers, setPassengers] = useState('0');
  const [member, setMember] = useState(session.userId);
  const [rows, setRows] = useState<JourneyRow[]>([{ date: today, from: '', to: '', purpose: '', miles: '' }]);
  const [count, setCount] = useState<Mileage | null>(null);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (changing === undefined) return;
    let live = true;
    api.get<Expense>(`/expenses/${changing}`).then((e) => {
      if (!live) return;
      if (!e.mileage) {
        setErrors({ fields: {}, form: ['This expense is not a mileage claim: change it on its own page.'] });
        return;
      }
      setVehicle(e.mileage.vehicle);
      setPassengers(String(e.mileage.passengers));
      setRows(rowsOf(e.mileage));
      setDescription(e.description ?? '');
      if (e.member) setMember(e.member);
      setLoaded(true);
    }).catch((err) => setErrors(formErrorsOf(err, [])));
    return () => { live = false; };
  }, [api, changing]);

  useEffect(() => {
    let live = true;
    api.get<Mileage>('/mileage', { member, taxYear: taxYearOf(today) }).then((m) => { if (live) setCount(m); }).catch(() => undefined);
    return () => { live = false; };
  }, [api, member, today]);

  const change = (i: number, patch: Partial<JourneyRow>) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const known = ['vehicle', 'passengers', 'member', 'description', ...rows.flatMap((_, i) => ['date', 'from', 'to', 'purpose', 'miles'].map((f) => `journeys.${i}.${f}`))];

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      const result = changing
        ? await api.command('PUT', `/expenses/${changing}/mileage`, changeBody(vehicle, passengers, rows, description))
        : await api.command('POST', '/expenses/mileage',
          claimBody(expenseId, vehicle, passengers, rows, member !== session.userId ? member : null, description));
      navigate(`/expenses/${expenseId}`, { state: { minVersion: result.version } });
    } catch (err) {
      setErrors(formErrorsOf(err, known));
    } finally {
      setBusy(false);
    }
  }

  const err = (key: string) => errors.fields[key];
  return (
    <section>
      <p>{changing ? <Link to={`/expenses/${changing}`}>← The claim</Link> : <Link to="/expenses">← Expenses</Link>}</p>
      <h1>{changing ? 'Change the journeys' : 'Claim mileage'}</h1>
      <p className="sub">Business journeys in your own vehicle, paid back at HMRC's rates: cars and vans 45p a mile for the first 10,000
        miles in the tax year and 25p after, 5p a mile for each colleague carried; motorcycles 24p; bicycles 20p.</p>
      {count && vehicle === 'car-or-van' && (
        <p className="notice" role="status">{count.cheapMilesLeft.toLocaleString('en-GB')} miles left at 45p in {count.taxYear} ({count.miles.toLocaleString('en-GB')} claimed so far).</p>
      )}
      <FormErrorsSummary messages={errors.form} />
      <form onSubmit={submit} noValidate aria-label={changing ? 'Change the journeys' : 'Claim mileage'}>
        <fieldset disabled={busy || !loaded}>
          <div className="grid">
            {manager && !changing && (
              <Field id="member" label="Whose miles" error={err('member')}>
                {(p) => (
                  <select {...p} value={member} onChange={(e) => setMember(e.target.value)}>
                    <option value={session.userId}>Mine</option>
                    {team.members.filter((m) => m.status === 'active' && m.userId !== session.userId)
                      .map((m) => <option key={m.userId} value={m.userId}>{m.name}</option>)}
                  </select>
                )}
              </Field>
            )}
            <Field id="vehicle" label="Vehicle" error={err('vehicle')}>
              {(p) => (
                <select {...p} value={vehicle} onChange={(e) => setVehicle(e.target.value as Vehicle)}>
                  {Object.entries(VEHICLES).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
                </select>
              )}
            </Field>
            {vehicle === 'car-or-van' && (
              <Field id="passengers" label="Colleagues carried" error={err('passengers')}>
                {(p) => <input {...p} type="number" min={0} max={8} value={passengers} onChange={(e) => setPassengers(e.target.value)} />}
              </Field>
            )}
            <Field id="description" label="Description (optional)" error={err('description')}>
              {(p) => <input {...p} value={description} onChange={(e) => setDescription(e.target.value)} />}
            </Field>
          </div>
          {rows.map((r, i) => (
            <fieldset key={i} className="journey">
              <legend>Journey {i + 1}</legend>
              <div className="grid">
                <Field id={`journeys.${i}.date`} label="Date" error={err(`journeys.${i}.date`)}>
                  {(p) => <input {...p} type="date" max={today} value={r.date} onChange={(e) => change(i, { date: e.target.value })} />}
                </Field>
                <Field id={`journeys.${i}.from`} label="From" error={err(`journeys.${i}.from`)}>
                  {(p) => <input {...p} value={r.from} onChange={(e) => change(i, { from: e.target.value })} />}
                </Field>
                <Field id={`journeys.${i}.to`} label="To" error={err(`journeys.${i}.to`)}>
                  {(p) => <input {...p} value={r.to} onChange={(e) => change(i, { to: e.target.value })} />}
                </Field>
                <Field id={`journeys.${i}.purpose`} label="Purpose" error={err(`journeys.${i}.purpose`)}>
                  {(p) => <input {...p} value={r.purpose} onChange={(e) => change(i, { purpose: e.target.value })} />}
                </Field>
                <Field id={`journeys.${i}.miles`} label="Business miles" error={err(`journeys.${i}.miles`)}>
                  {(p) => <input {...p} inputMode="numeric" value={r.miles} onChange={(e) => change(i, { miles: e.target.value })} />}
                </Field>
              </div>
              {rows.length > 1 && <button type="button" className="link" onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))}>Remove journey {i + 1}</button>}
            </fieldset>
          ))}
          <p><button type="button" onClick={() => setRows((rs) => [...rs, { ...rs[rs.length - 1], from: rs[rs.length - 1].to, to: '', miles: '' }])}>Add a journey</button></p>
          <button type="submit">{changing ? 'Save the journeys' : 'Claim as a draft'}</button>
        </fieldset>
      </form>
    </section>
  );
}
