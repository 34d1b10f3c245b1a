import { useEffect, useState, type FormEvent } from 'react';
import { formErrorsOf, type CommandResult, type Schemas } from '../../app/api';
import { useApp } from '../../app/session';
import { londonToday, ukDate } from '../../lib/format';
import { uuidv7 } from '../../lib/uuid';
import { Field, FormErrorsSummary, LoadError, Loading } from '../../ui/Field';
import { NO_ERRORS, useCommands } from '../../ui/useCommands';
import { detailsBody, dueState, EMPTY, formOf, KINDS, type Kind, type ResourceForm } from './resourceForm';

type Item = Schemas['ResourceList']['items'][number];
const FIELDS = ['kind', 'name', 'registration', 'motDue', 'serviceDue', 'notes', 'busy'];

function Due({ date, today }: { date?: string; today: string }) {
  const state = dueState(date, today);
  if (!date) return <>—</>;
  return <>{ukDate(date)}{state && <> <span className={`state state-${state === 'overdue' ? 'refused' : 'submitted'}`}>{state === 'overdue' ? 'overdue' : 'due soon'}</span></>}</>;
}

/** Equipment and vehicles: what the business books exclusively, MOT and service dates in sight; owners and admins. */
export default function ResourcesScreen() {
  const { api } = useApp();
  const today = londonToday();
  const [items, setItems] = useState<Item[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [showRetired, setShowRetired] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [form, setForm] = useState<ResourceForm>(EMPTY);
  const { busy, errors, saved, setErrors, setSaved, run: command } = useCommands();

  async function load(minVersion?: string) {
    try {
      setItems((await api.get<Schemas['ResourceList']>('/resources', { includeRetired: showRetired ? 'true' : undefined, minVersion })).items);
      setLoadError(null);
    } catch (e) {
      setLoadError(e);
    }
  }
  useEffect(() => { void load(); }, [showRetired]); // eslint-disable-line react-hooks/exhaustive-deps

  const run = (id: string, action: () => Promise<CommandResult>, message: string) => command(action, message, FIELDS,
    async (result) => { setEditing(null); setForm(EMPTY); await load(`${id}:${result.version}`); });

  async function edit(id: string) {
    setErrors(NO_ERRORS);
    setSaved(null);
    try {
      setForm(formOf(await api.get<Schemas['Resource']>(`/resources/${id}`)));
      setEditing(id);
    } catch (e) {
      setErrors(formErrorsOf(e, []));
    }
  }

  function save(e: FormEvent) {
    e.preventDefault();
    const name = form.name.trim() || 'The resource';
    if (editing) {
      const id = editing;
      void run(id, () => api.command('PUT', `/resources/${id}`, detailsBody(form)), `${name} is saved.`);
      return;
    }
    const id = uuidv7();
    void run(id, () => api.command('POST', '/resources', { resourceId: id, kind: form.kind, ...detailsBody(form) }), `${name} is added.`);
  }

  const retire = (r: Item) => run(r.resourceId, () => api.command('POST', `/resources/${r.resourceId}/retire`, {}), `${r.name} is retired.`);
  const restore = (r: Item) => run(r.resourceId, () => api.command('POST', `/resources/${r.resourceId}/restore`, {}), `${r.name} is back in use.`);
  const update = (patch: Partial<ResourceForm>) => setForm((f) => ({ ...f, ...patch }));

  if (loadError !== null) return <LoadError error={loadError} retry={() => load()} />;
  if (!items) return <Loading what="the resources" />;
  const vehicle = form.kind === 'vehicle';
  return (
    <section>
      <h1>Resources</h1>
      <p className="sub">Vans, ladders, tools: an exclusive one is never booked twice at the same time in the diary.</p>
      {saved && <p className="ok" role="status">{saved}</p>}
      <FormErrorsSummary messages={errors.form} />
      <label className="check"><input type="checkbox" checked={showRetired} onChange={(e) => setShowRetired(e.target.checked)} /> Show retired ones</label>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">Equipment and vehicles</caption>
          <thead><tr><th scope="col">Name</th><th scope="col">Kind</th><th scope="col">Registration</th><th scope="col">MOT due</th><th scope="col">Service due</th><th scope="col">Exclusive</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr></thead>
          <tbody>
            {items.length === 0 && <tr><td colSpan={7}>None yet: add the first below.</td></tr>}
            {items.map((r) => (
              <tr key={r.resourceId}>
                <td>{r.name}{r.retired && <small> · retired</small>}</td>
                <td>{KINDS[r.kind]}</td>
                <td>{r.registration ?? '—'}</td>
                <td><Due date={r.motDue} today={today} /></td>
                <td><Due date={r.serviceDue} today={today} /></td>
                <td>{r.busy ? 'Yes' : 'No'}</td>
                <td>
                  {!r.retired && <button type="button" className="link" disabled={busy} onClick={() => void edit(r.resourceId)}>Change<span className="visually-hidden"> {r.name}</span></button>}{' '}
                  {r.retired
                    ? <button type="button" className="link" disabled={busy} onClick={() => void restore(r)}>Restore<span className="visually-hidden"> {r.name}</span></button>
                    : <button type="button" className="link" disabled={busy} onClick={() => void retire(r)}>Retire<span className="visually-hidden"> {r.name}</span></button>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form onSubmit={save} noValidate aria-label={editing ? 'Change a resource' : 'Add a resource'}>
        <fieldset disabled={busy}>
          <legend>{editing ? `Change ${form.name || 'the resource'}` : 'Add equipment or a vehicle'}</legend>
          <div className="grid">
            {!editing && (
              <Field id="kind" label="Kind" error={errors.fields.kind}>
                {(p) => (
                  <select {...p} value={form.kind} onChange={(e) => update({ kind: e.target.value as Kind })}>
                    {Object.entries(KINDS).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
                  </select>
                )}
              </Field>
            )}
            <Field id="name" label="Name" error={errors.fields.name}>
              {(p) => <input {...p} value={form.name} onChange={(e) => update({ name: e.target.value })} />}
            </Field>
            {vehicle && (
              <Field id="registration" label="Registration" error={errors.fields.registration}>
                {(p) => <input {...p} value={form.registration} autoCapitalize="characters" onChange={(e) => update({ registration: e.target.value })} />}
              </Field>
            )}
            {vehicle && (
              <Field id="motDue" label="MOT due" error={errors.fields.motDue}>
                {(p) => <input {...p} type="date" value={form.motDue} onChange={(e) => update({ motDue: e.target.value })} />}
              </Field>
            )}
            {vehicle && (
              <Field id="serviceDue" label="Service due" error={errors.fields.serviceDue}>
                {(p) => <input {...p} type="date" value={form.serviceDue} onChange={(e) => update({ serviceDue: e.target.value })} />}
              </Field>
            )}
            <Field id="notes" label="Notes (optional)" error={errors.fields.notes}>
              {(p) => <input {...p} value={form.notes} onChange={(e) => update({ notes: e.target.value })} />}
            </Field>
          </div>
          <label className="check"><input type="checkbox" checked={form.busy} onChange={(e) => update({ busy: e.target.checked })} /> Exclusive: booked by one visit at a time</label>
          {errors.fields.busy && <p className="error">{errors.fields.busy}</p>}
          <p>
            <button type="submit">{editing ? 'Save' : 'Add'}</button>{' '}
            {editing && <button type="button" className="link" onClick={() => { setEditing(null); setForm(EMPTY); setErrors(NO_ERRORS); }}>Cancel</button>}
          </p>
        </fieldset>
      </form>
    </section>
  );
}
