import { useEffect, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { formErrorsOf, type CommandResult, type Schemas } from '../../app/api';
import { useApp } from '../../app/session';
import { money, ukDate, ukDateTime } from '../../lib/format';
import type { FormErrors } from '../../lib/problems';
import { uuidv7 } from '../../lib/uuid';
import { Field, FormErrorsSummary, LoadError, Loading } from '../../ui/Field';
import { useLoad } from '../../ui/useLoad';
import { JOB_STATUS_LABELS } from '../jobs/labels';
import { STATE_LABELS as QUOTE_STATE_LABELS } from '../quotes/labels';
import {
  addressBody, addressForm, DETAIL_KEYS, detailsBody, emptyAddress, emptyForm, formOf, inputKey, oneLine, siteKeys,
  type AddressForm, type CustomerForm, type Detail,
} from './customerForm';

const NO_ERRORS: FormErrors = { fields: {}, form: [] };

/** The message for an input: every error the API gave for its key (list items and lines gathered under their box). */
function errorFor(errors: FormErrors, key: string): string | undefined {
  return Object.entries(errors.fields).filter(([k]) => inputKey(k) === key).map(([, v]) => v).join(' ') || undefined;
}

export default function CustomerScreen() {
  const { customerId } = useParams();
  const { api, session } = useApp();
  const navigate = useNavigate();
  const location = useLocation();
  const arrivedAt = (location.state as { minVersion?: number } | null)?.minVersion;
  const [detail, setDetail] = useState<Detail | null>(null);
  const [form, setForm] = useState<CustomerForm>(emptyForm);
  const [firstSite, setFirstSite] = useState<AddressForm & { accessNotes: string }>({ ...emptyAddress(), accessNotes: '' });
  const [loadError, setLoadError] = useState<unknown>(null);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  async function load(id: string, minVersion?: number) {
    try {
      const d = await api.get<Detail>(`/customers/${id}`, { minVersion });
      setDetail(d);
      setForm(formOf(d));
      setLoadError(null);
    } catch (e) {
      setLoadError(e);
    }
  }

  useEffect(() => {
    if (customerId) void load(customerId, arrivedAt);
    else { setDetail(null); setForm(emptyForm()); }
  }, [customerId]); // eslint-disable-line react-hooks/exhaustive-deps

  function update(change: Partial<CustomerForm>) {
    setForm((f) => ({ ...f, ...change }));
    setSaved(null);
  }

  /** Runs a command; on success reads the customer back at the version it answered (or goes to the new page). */
  async function run(action: () => Promise<CommandResult>, message: string, known: string[],
                     then?: (result: CommandResult) => void): Promise<boolean> {
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      const result = await action();
      setSaved(message);
      if (then) then(result);
      else if (detail) await load(detail.customerId, result.version);
      return true;
    } catch (e) {
      setErrors(formErrorsOf(e, known));
      return false;
    } finally {
      setBusy(false);
    }
  }

  async function save(e: FormEvent) {
    e.preventDefault();
    if (detail) {
      await run(() => api.command('PUT', `/customers/${detail.customerId}`, detailsBody(form)), 'Saved.', DETAIL_KEYS);
      return;
    }
    const id = uuidv7();
    const site = addressBody(firstSite);
    const sites = site ? [{ siteId: uuidv7(), address: site, accessNotes: firstSite.accessNotes.trim() || null }] : [];
    await run(() => api.command('POST', '/customers', { customerId: id, ...detailsBody(form), sites }), 'Customer added.',
      [...DETAIL_KEYS, 'customerId', ...siteKeys('sites.0.')],
      (result) => navigate(`/customers/${id}`, { replace: true, state: { minVersion: result.version } }));
  }

  const err = (key: string) => errorFor(errors, key);
  if (customerId && !detail && loadError === null) return <Loading what="the customer" />;
  if (loadError !== null) return <LoadError error={loadError} retry={() => customerId && load(customerId)} />;
  const archived = detail?.status === 'archived';

  return (
    <section>
      <p><Link to="/customers">← Customers</Link></p>
      <h1>{detail ? detail.name : 'New customer'}</h1>
      {detail?.mergedFrom && <p className="notice" role="status">The customer you opened was a duplicate and was merged into this one.</p>}
      {detail && <p className="sub">{archived ? <strong>Archived</strong> : 'Active'} · customer since {ukDate(detail.createdAt.slice(0, 10))}{detail.behind && <> · <em>still catching up with your last change</em></>}</p>}
      {saved && <p className="ok" role="status">{saved}</p>}
      <FormErrorsSummary messages={errors.form} />
      <form onSubmit={save} noValidate aria-label="Customer">
        <fieldset disabled={busy}>
          <legend>Details</legend>
          <div className="grid">
            <Field id="kind" label="Kind" error={err('kind')}>
              {(p) => (
                <select {...p} value={form.kind} onChange={(e) => update({ kind: e.target.value as CustomerForm['kind'] })}>
                  <option value="company">A company</option>
                  <option value="person">A person</option>
                </select>
              )}
            </Field>
            <Field id="name" label="Name" error={err('name')}>
              {(p) => <input {...p} value={form.name} onChange={(e) => update({ name: e.target.value })} />}
            </Field>
            {form.kind === 'company' && (
              <Field id="tradingName" label="Trading name" error={err('tradingName')}>
                {(p) => <input {...p} value={form.tradingName} onChange={(e) => update({ tradingName: e.target.value })} />}
              </Field>
            )}
            <Field id="emails" label="E-mails" hint="One per line." error={err('emails')}>
              {(p) => <textarea {...p} rows={2} value={form.emails} onChange={(e) => update({ emails: e.target.value })} />}
            </Field>
            <Field id="phones" label="Phones" hint="One per line; UK numbers as you would dial them." error={err('phones')}>
              {(p) => <textarea {...p} rows={2} value={form.phones} onChange={(e) => update({ phones: e.target.value })} />}
            </Field>
          </div>
          <AddressFields prefix="billingAddress" legend="Billing address" value={form.billing} err={err}
                         onChange={(billing) => update({ billing })} />
          <Field id="notes" label="Notes" error={err('notes')}>
            {(p) => <textarea {...p} rows={3} value={form.notes} onChange={(e) => update({ notes: e.target.value })} />}
          </Field>
          {form.contacts.length > 0 && (
            <div className="contacts">
              <h2>Contact people</h2>
              <ul>{form.contacts.map((c) => <li key={`${c.name}-${c.email ?? ''}`}>{c.name}{c.role && ` (${c.role})`}{c.email && ` · ${c.email}`}{c.phone && ` · ${c.phone}`}</li>)}</ul>
            </div>
          )}
          {form.marketingConsent && <p className="hint">Agreed to marketing on {ukDateTime(form.marketingConsent.givenAt)} ({form.marketingConsent.method}).</p>}
          {!detail && (
            <>
              <AddressFields prefix="sites.0.address" legend="Where the work is (optional)" value={firstSite} err={err}
                             onChange={(a) => setFirstSite((s) => ({ ...s, ...a }))} />
              <Field id="sites.0.accessNotes" label="Access notes" error={err('sites.0.accessNotes')}>
                {(p) => <input {...p} value={firstSite.accessNotes} onChange={(e) => setFirstSite((s) => ({ ...s, accessNotes: e.target.value }))} />}
              </Field>
            </>
          )}
          <button type="submit">{detail ? 'Save' : 'Add the customer'}</button>
        </fieldset>
      </form>
      {detail && <Sites detail={detail} busy={busy} run={run} errors={errors} />}
      {detail && <CustomerQuotes customerId={detail.customerId} />}
      {detail && <CustomerJobs customerId={detail.customerId} />}
      {detail && (
        <section aria-labelledby="actions" className="actions">
          <h2 id="actions">Archive or erase</h2>
          {archived
            ? <button type="button" disabled={busy} onClick={() => run(() => api.command('POST', `/customers/${detail.customerId}/restore`), 'Restored.', [])}>Restore</button>
            : <button type="button" disabled={busy} onClick={() => run(() => api.command('POST', `/customers/${detail.customerId}/archive`), 'Archived: no new quotes or jobs for them.', [])}>Archive</button>}
          {session.roles.includes('owner') && <Erase detail={detail} busy={busy} run={run} />}
        </section>
      )}
    </section>
  );
}

function AddressFields({ prefix, legend, value, onChange, err }: {
  prefix: string; legend: string; value: AddressForm; onChange: (a: AddressForm) => void; err: (key: string) => string | undefined;
}) {
  return (
    <fieldset className="address">
      <legend>{legend}</legend>
      <div className="grid">
        <Field id={`${prefix}.lines`} label="Address lines" hint="One per line, up to four." error={err(`${prefix}.lines`) ?? err(prefix)}>
          {(p) => <textarea {...p} rows={2} value={value.lines} onChange={(e) => onChange({ ...value, lines: e.target.value })} />}
        </Field>
        <Field id={`${prefix}.town`} label="Town" error={err(`${prefix}.town`)}>
          {(p) => <input {...p} value={value.town} onChange={(e) => onChange({ ...value, town: e.target.value })} />}
        </Field>
        <Field id={`${prefix}.postcode`} label="Postcode" error={err(`${prefix}.postcode`)}>
          {(p) => <input {...p} autoCapitalize="characters" value={value.postcode} onChange={(e) => onChange({ ...value, postcode: e.target.value })} />}
        </Field>
      </div>
    </fieldset>
  );
}

type Run = (action: () => Promise<CommandResult>, message: string, known: string[], then?: (result: CommandResult) => void) => Promise<boolean>;

function Sites({ detail, busy, run, errors }: { detail: Detail; busy: boolean; run: Run; errors: FormErrors }) {
  const { api } = useApp();
  const [editing, setEditing] = useState<string | null>(null);
  const [site, setSite] = useState<AddressForm & { accessNotes: string }>({ ...emptyAddress(), accessNotes: '' });
  const path = `/customers/${detail.customerId}/sites`;
  const err = (key: string) => errorFor(errors, key);
  const body = () => ({ address: addressBody(site), accessNotes: site.accessNotes.trim() || null });

  async function submit(e: FormEvent) {
    e.preventDefault();
    const done = editing === 'new'
      ? await run(() => api.command('POST', path, { siteId: uuidv7(), ...body() }), 'Site added.', siteKeys(''))
      : await run(() => api.command('PUT', `${path}/${editing}`, body()), 'Site changed.', siteKeys(''));
    if (done) setEditing(null);
  }

  function edit(id: string, current?: Detail['sites'][number]) {
    setEditing(id);
    setSite(current ? { ...addressForm(current.address), accessNotes: current.accessNotes ?? '' } : { ...emptyAddress(), accessNotes: '' });
  }

  return (
    <section aria-labelledby="sites">
      <h2 id="sites">Sites</h2>
      {detail.sites.length === 0 && <p className="empty">No sites yet: add where the work is done.</p>}
      <ul className="sites">
        {detail.sites.map((s) => (
          <li key={s.siteId}>
            <span>{oneLine(s.address)}</span>{s.accessNotes && <small> · {s.accessNotes}</small>}{' '}
            <button type="button" className="link" disabled={busy} onClick={() => edit(s.siteId, s)}>Change<span className="visually-hidden"> {oneLine(s.address)}</span></button>
            <button type="button" className="link" disabled={busy}
                    onClick={() => run(() => api.command('DELETE', `${path}/${s.siteId}`), 'Site removed.', [])}>Remove<span className="visually-hidden"> {oneLine(s.address)}</span></button>
          </li>
        ))}
      </ul>
      {editing ? (
        <form onSubmit={submit} noValidate aria-label={editing === 'new' ? 'New site' : 'Change the site'}>
          <fieldset disabled={busy}>
            <AddressFields prefix="address" legend={editing === 'new' ? 'New site' : 'The site'} value={site} err={err}
                           onChange={(a) => setSite((s) => ({ ...s, ...a }))} />
            <Field id="accessNotes" label="Access notes" error={err('accessNotes')}>
              {(p) => <input {...p} value={site.accessNotes} onChange={(e) => setSite((s) => ({ ...s, accessNotes: e.target.value }))} />}
            </Field>
            <button type="submit">{editing === 'new' ? 'Add the site' : 'Save the site'}</button>{' '}
            <button type="button" className="link" onClick={() => setEditing(null)}>Cancel</button>
          </fieldset>
        </form>
      ) : <button type="button" disabled={busy} onClick={() => edit('new')}>Add a site</button>}
    </section>
  );
}

function CustomerQuotes({ customerId }: { customerId: string }) {
  const { api } = useApp();
  const quotes = useLoad(() => api.get<{ items: Schemas['QuoteListItem'][]; nextCursor?: string }>('/quotes', { customerId, limit: 10 }),
    [customerId]);
  return (
    <section aria-labelledby="customer-quotes">
      <h2 id="customer-quotes">Quotes</h2>
      {quotes.loading && !quotes.data && <Loading what="their quotes" />}
      {quotes.error !== null && <LoadError error={quotes.error} retry={quotes.reload} />}
      {quotes.data && quotes.data.items.length === 0 && <p className="empty">No quotes for them yet.</p>}
      {quotes.data && quotes.data.items.length > 0 && (
        <ul>
          {quotes.data.items.map((q) => (
            <li key={q.quoteId}><Link to={`/quotes/${q.quoteId}`}>{q.displayNumber ?? 'Draft'}</Link> {q.title} · {QUOTE_STATE_LABELS[q.state]}
              {q.gross !== undefined && <> · {money(q.gross)}</>}</li>
          ))}
        </ul>
      )}
      <p><Link to={`/quotes/new?customerId=${customerId}`}>New quote for them</Link></p>
    </section>
  );
}

function CustomerJobs({ customerId }: { customerId: string }) {
  const { api } = useApp();
  const jobs = useLoad(() => api.get<{ items: Schemas['JobListItem'][] }>('/jobs', { customerId, limit: 10 }), [customerId]);
  return (
    <section aria-labelledby="customer-jobs">
      <h2 id="customer-jobs">Jobs</h2>
      {jobs.loading && !jobs.data && <Loading what="their jobs" />}
      {jobs.error !== null && <LoadError error={jobs.error} retry={jobs.reload} />}
      {jobs.data && jobs.data.items.length === 0 && <p className="empty">No jobs for them yet.</p>}
      {jobs.data && jobs.data.items.length > 0 && (
        <ul>
          {jobs.data.items.map((j) => (
            <li key={j.jobId}><Link to={`/jobs/${j.jobId}`}>{j.title}</Link> · {JOB_STATUS_LABELS[j.status]}
              {j.agreedValue && <> · {money(j.agreedValue.gross)}</>}</li>
          ))}
        </ul>
      )}
      <p><Link to={`/jobs/new?customerId=${customerId}`}>New job for them</Link></p>
    </section>
  );
}

function Erase({ detail, busy, run }: { detail: Detail; busy: boolean; run: Run }) {
  const { api } = useApp();
  const navigate = useNavigate();
  const [sure, setSure] = useState(false);
  return (
    <div className="danger">
      <p>Erasing (the GDPR right to erasure) makes this customer's personal data unreadable everywhere, for good. Their quotes and
        jobs keep their amounts and dates.</p>
      <label className="check"><input type="checkbox" checked={sure} onChange={(e) => setSure(e.target.checked)} /> I understand this cannot be undone</label>
      <button type="button" className="danger" disabled={busy || !sure}
              onClick={() => run(() => api.command('POST', `/customers/${detail.customerId}/erase`), 'Erased.', [],
                () => navigate('/customers', { replace: true }))}>Erase {detail.name}</button>
    </div>
  );
}
