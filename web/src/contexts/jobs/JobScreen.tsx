import { useEffect, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { type CommandResult, type Schemas } from '../../app/api';
import { seesPrices } from '../../app/auth';
import { useApp } from '../../app/session';
import { londonToday, money, parseUkDate, ukDate, ukDateTime } from '../../lib/format';
import type { FormErrors } from '../../lib/problems';
import { uuidv7 } from '../../lib/uuid';
import { Field, FormErrorsSummary, LoadError, Loading } from '../../ui/Field';
import { useCommands } from '../../ui/useCommands';
import { COLUMNS } from '../tasks/board';
import { CustomerPicker, type ChosenCustomer } from '../customers/CustomerPicker';
import { oneLine } from '../customers/customerForm';
import { CREATE_KEYS, actionsFor, createBody, detailsBody, detailsFormOf, DETAILS_KEYS, emptyJobForm, valueBody, valueFormOf, VALUE_KEYS, type DetailsForm, type JobForm, type ValueForm } from './jobForm';
import JobCostingPanel from './JobCostingPanel';
import { JOB_STATUS_LABELS } from './labels';
import { useTeam } from '../team/useTeam';

type Job = Schemas['Job'];
const TASK_STATUS = Object.fromEntries(COLUMNS.map((c) => [c.status, c.label])) as Record<string, string>;

export default function JobScreen() {
  const { jobId } = useParams();
  return jobId ? <JobPage jobId={jobId} /> : <NewJob />;
}

function NewJob() {
  const { api } = useApp();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [customer, setCustomer] = useState<ChosenCustomer | null>(null);
  const [form, setForm] = useState<JobForm>(() => emptyJobForm());
  const { busy, errors, run } = useCommands();

  // "New job for them" from a customer's page arrives with the customer chosen
  const preset = params.get('customerId');
  useEffect(() => {
    if (!preset) return;
    api.get<Schemas['CustomerDetail']>(`/customers/${preset}`)
      .then((c) => setCustomer({ customerId: c.customerId, name: c.name, sites: c.sites }))
      .catch(() => undefined);
  }, [preset, api]);

  const update = (change: Partial<JobForm>) => setForm((f) => ({ ...f, ...change }));
  function save(e: FormEvent) {
    e.preventDefault();
    const id = uuidv7();
    void run(() => api.command('POST', '/jobs', createBody(id, { ...form, customerId: customer?.customerId ?? '' })), 'Created.',
      CREATE_KEYS, (result) => navigate(`/jobs/${id}`, { replace: true, state: { minVersion: result.version } }));
  }
  const err = (key: string) => errors.fields[key];
  return (
    <section>
      <p><Link to="/jobs">← Jobs</Link></p>
      <h1>New job</h1>
      <FormErrorsSummary messages={errors.form} />
      <form onSubmit={save} noValidate aria-label="New job">
        <fieldset disabled={busy}>
          <legend>The job</legend>
          <div className="grid">
            <CustomerPicker id="customerId" label="Customer" value={customer} error={err('customerId')}
                            onChange={(c) => { setCustomer(c); update({ siteId: '' }); }} />
            {customer?.sites && customer.sites.length > 0 && (
              <Field id="siteId" label="Site" error={err('siteId')}>
                {(p) => (
                  <select {...p} value={form.siteId} onChange={(e) => update({ siteId: e.target.value })}>
                    <option value="">No particular site</option>
                    {customer.sites!.map((s) => <option key={s.siteId} value={s.siteId}>{oneLine(s.address)}</option>)}
                  </select>
                )}
              </Field>
            )}
            <Field id="title" label="Title" error={err('title')}>
              {(p) => <input {...p} value={form.title} onChange={(e) => update({ title: e.target.value })} />}
            </Field>
            <Field id="net" label="Agreed value, net (£)" hint="Optional." error={err('agreedValue.net') ?? err('agreedValue')}>
              {(p) => <input {...p} inputMode="decimal" value={form.net} onChange={(e) => update({ net: e.target.value })} />}
            </Field>
            <Field id="vat" label="Agreed VAT (£)" error={err('agreedValue.vat')}>
              {(p) => <input {...p} inputMode="decimal" value={form.vat} onChange={(e) => update({ vat: e.target.value })} />}
            </Field>
          </div>
          <Field id="description" label="Description" error={err('description')}>
            {(p) => <textarea {...p} rows={3} value={form.description} onChange={(e) => update({ description: e.target.value })} />}
          </Field>
          <button type="submit">Create the job</button>
        </fieldset>
      </form>
    </section>
  );
}

function JobPage({ jobId }: { jobId: string }) {
  const { api, session } = useApp();
  const location = useLocation();
  const arrivedAt = (location.state as { minVersion?: number } | null)?.minVersion;
  const prices = seesPrices(session);
  const team = useTeam();
  const [job, setJob] = useState<Job | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const { busy, errors, saved, run: command } = useCommands();

  async function load(minVersion?: number) {
    try {
      const j = await api.get<Job>(`/jobs/${jobId}`, { minVersion });
      setJob(j);
      setLoadError(null);
    } catch (e) {
      setLoadError(e);
    }
  }
  useEffect(() => { void load(arrivedAt); }, [jobId]); // eslint-disable-line react-hooks/exhaustive-deps

  /** Runs a command, then shows the job as it now is. */
  const run = (action: () => Promise<CommandResult>, message: string, known: string[] = []) =>
    command(action, message, known, (result) => load(result.version));

  if (!job && loadError === null) return <Loading what="the job" />;
  if (loadError !== null || !job) return <LoadError error={loadError} retry={() => load()} />;
  const site = job.site;
  return (
    <section>
      {prices && <p><Link to="/jobs">← Jobs</Link></p>}
      <h1>{job.title}</h1>
      <p className="sub">
        <span className={`state state-${job.status}`}>{JOB_STATUS_LABELS[job.status]}</span>
        {job.scheduledFor && <> · booked for {ukDate(job.scheduledFor)}</>}
        {job.quote && <> · from quote <Link to={`/quotes/${job.quote.quoteId}`}>{job.quote.display}</Link></>}
        {job.behind && <> · <em>still catching up with your last change</em></>}
      </p>
      {saved && <p className="ok" role="status">{saved}</p>}
      <FormErrorsSummary messages={errors.form} />
      <dl className="facts">
        <dt>Customer</dt><dd>{prices ? <Link to={`/customers/${job.customerId}`}>{job.customerName ?? 'Erased or unknown customer'}</Link>
          : job.customerName ?? 'Erased or unknown customer'}</dd>
        {site && <><dt>Site</dt><dd>{oneLine(site)}{site.accessNotes && <small> · {site.accessNotes}</small>}</dd></>}
        {job.description && <><dt>Description</dt><dd>{job.description}</dd></>}
        {prices && job.agreedValue && <><dt>Agreed</dt><dd>{money(job.agreedValue.net)} net + {money(job.agreedValue.vat)} VAT = <strong>{money(job.agreedValue.gross)}</strong></dd></>}
        <dt>Created</dt><dd>{ukDateTime(job.createdAt)}</dd>
        {job.startedAt && <><dt>Started</dt><dd>{ukDateTime(job.startedAt)}</dd></>}
        {job.completedAt && <><dt>Completed</dt><dd>{ukDateTime(job.completedAt)}</dd></>}
        {job.reopenedAt && <><dt>Reopened</dt><dd>{ukDateTime(job.reopenedAt)}</dd></>}
        {job.cancelledAt && <><dt>Cancelled</dt><dd>{ukDateTime(job.cancelledAt)}{job.cancellationReason && `: ${job.cancellationReason}`}</dd></>}
      </dl>
      {job.lines.length > 0 && (
        <section aria-labelledby="lines">
          <h2 id="lines">What was agreed</h2>
          <div className="table-wrap">
            <table>
              <thead><tr><th scope="col">Line</th><th scope="col" className="num">Quantity</th>
                {prices && <><th scope="col" className="num">Unit price</th><th scope="col" className="num">Amount</th></>}</tr></thead>
              <tbody>
                {job.lines.map((l) => (
                  <tr key={l.lineId}><td>{l.description}</td><td className="num">{l.quantity}</td>
                    {prices && <><td className="num">{money(l.unitPrice)}</td><td className="num">{money(l.amount)}</td></>}</tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      {prices && job.status !== 'cancelled' && <Details job={job} busy={busy} run={run} errors={errors} />}
      {prices && job.status !== 'cancelled' && <AgreedValue job={job} busy={busy} run={run} errors={errors} />}
      {prices && <Actions job={job} busy={busy} run={run} errors={errors} />}
      {prices && <JobCostingPanel jobId={job.jobId} version={job.version} />}
      <Notes job={job} busy={busy} run={run} errors={errors} />
      <section aria-labelledby="job-tasks">
        <h2 id="job-tasks">Tasks</h2>
        {job.tasks.length === 0 ? <p className="empty">No tasks on this job.</p> : (
          <ul>{job.tasks.map((t) => <li key={t.taskId}>{t.title} · {TASK_STATUS[t.status] ?? t.status}{t.assignee && <> · {t.assignee === session.userId ? 'yours' : team.nameOf(t.assignee) ?? 'a colleague'}</>}{t.dueDate && <> · due {ukDate(t.dueDate)}</>}</li>)}</ul>
        )}
        {prices && <p><Link to="/tasks">Tasks board</Link></p>}
      </section>
    </section>
  );
}

type Run = (action: () => Promise<CommandResult>, message: string, known?: string[]) => Promise<boolean>;

function Actions({ job, busy, run, errors }: { job: Job; busy: boolean; run: Run; errors: FormErrors }) {
  const { api } = useApp();
  const [day, setDay] = useState(job.scheduledFor ? ukDate(job.scheduledFor) : ukDate(londonToday()));
  const [reason, setReason] = useState('');
  const path = `/jobs/${job.jobId}`;
  const can = actionsFor(job.status);
  if (can.length === 0) return null;
  return (
    <section aria-labelledby="job-actions" className="actions">
      <h2 id="job-actions">What next</h2>
      {can.includes('schedule') && (
        <form className="inline" noValidate aria-label="Book a day" onSubmit={(e) => {
          e.preventDefault();
          void run(() => api.command('POST', `${path}/schedule`, { day: parseUkDate(day) ?? day }), job.scheduledFor ? 'Moved.' : 'Booked.', ['day']);
        }}>
          <Field id="day" label="Day (DD/MM/YYYY)" error={errors.fields.day}>
            {(p) => <input {...p} inputMode="numeric" value={day} onChange={(e) => setDay(e.target.value)} />}
          </Field>
          <button type="submit" disabled={busy}>{job.scheduledFor ? 'Move to this day' : 'Book this day'}</button>
        </form>
      )}
      {can.includes('start') && <button type="button" disabled={busy} onClick={() => run(() => api.command('POST', `${path}/start`), 'Started.')}>Start work</button>}
      {can.includes('complete') && <button type="button" disabled={busy} onClick={() => run(() => api.command('POST', `${path}/complete`), 'Completed.')}>Mark completed</button>}
      {(can.includes('reopen') || can.includes('cancel')) && (
        <div className="inline">
          <Field id="reason" label="Reason (optional)" error={errors.fields.reason}>
            {(p) => <input {...p} value={reason} onChange={(e) => setReason(e.target.value)} />}
          </Field>
          {can.includes('reopen') && <button type="button" disabled={busy} onClick={() => run(() => api.command('POST', `${path}/reopen`, { reason: reason.trim() || null }), 'Reopened.', ['reason'])}>Reopen</button>}
          {can.includes('cancel') && <button type="button" className="danger" disabled={busy} onClick={() => run(() => api.command('POST', `${path}/cancel`, { reason: reason.trim() || null }), 'Cancelled.', ['reason'])}>Cancel the job</button>}
        </div>
      )}
    </section>
  );
}

/** Owners and admins correct the title, description and site (one of the customer's sites). */
function Details({ job, busy, run, errors }: { job: Job; busy: boolean; run: Run; errors: FormErrors }) {
  const { api } = useApp();
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState<DetailsForm>(detailsFormOf(job));
  const [sites, setSites] = useState<Schemas['CustomerDetail']['sites'] | null>(null);
  useEffect(() => {
    if (!open) return undefined;
    let live = true;
    api.get<Schemas['CustomerDetail']>(`/customers/${job.customerId}`).then((c) => { if (live) setSites(c.sites); })
      .catch(() => { if (live) setSites([]); });
    return () => { live = false; };
  }, [open, api, job.customerId]);
  if (!open) {
    return <p><button type="button" className="link" onClick={() => { setForm(detailsFormOf(job)); setOpen(true); }}>Change the title, description or site</button></p>;
  }
  const update = (patch: Partial<DetailsForm>) => setForm((f) => ({ ...f, ...patch }));
  return (
    <form noValidate aria-label="The job's details" onSubmit={async (e) => {
      e.preventDefault();
      if (await run(() => api.command('PUT', `/jobs/${job.jobId}`, detailsBody(form)), 'The details are saved.', DETAILS_KEYS)) setOpen(false);
    }}>
      <fieldset disabled={busy}>
        <legend>The job's details</legend>
        <Field id="details-title" label="Title" error={errors.fields.title}>
          {(p) => <input {...p} value={form.title} onChange={(e) => update({ title: e.target.value })} />}
        </Field>
        <Field id="details-description" label="Description (optional)" error={errors.fields.description}>
          {(p) => <textarea {...p} rows={2} value={form.description} onChange={(e) => update({ description: e.target.value })} />}
        </Field>
        <Field id="details-site" label="Site" error={errors.fields.siteId}>
          {(p) => (
            <select {...p} value={form.siteId} onChange={(e) => update({ siteId: e.target.value })}>
              <option value="">Not known yet</option>
              {form.siteId && !(sites ?? []).some((s) => s.siteId === form.siteId) && <option value={form.siteId}>{job.site ? oneLine(job.site) : 'The site it has now'}</option>}
              {(sites ?? []).map((s) => <option key={s.siteId} value={s.siteId}>{oneLine(s.address)}</option>)}
            </select>
          )}
        </Field>
        <button type="submit">Save the details</button>{' '}
        <button type="button" className="link" onClick={() => setOpen(false)}>Keep them as they are</button>
      </fieldset>
    </form>
  );
}

/** Owners and admins set the value agreed later, or record a variation: it replaces the agreed value whole. */
function AgreedValue({ job, busy, run, errors }: { job: Job; busy: boolean; run: Run; errors: FormErrors }) {
  const { api } = useApp();
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState<ValueForm>(valueFormOf(job));
  if (!open) {
    return <p><button type="button" className="link" onClick={() => { setForm(valueFormOf(job)); setOpen(true); }}>
      {job.agreedValue ? 'Change the agreed value (a variation)' : 'Set the agreed value'}</button></p>;
  }
  const update = (patch: Partial<ValueForm>) => setForm((f) => ({ ...f, ...patch }));
  return (
    <form noValidate aria-label="The agreed value" onSubmit={async (e) => {
      e.preventDefault();
      if (await run(() => api.command('PUT', `/jobs/${job.jobId}/agreed-value`, valueBody(form)), 'The agreed value is saved.', VALUE_KEYS)) setOpen(false);
    }}>
      <fieldset disabled={busy}>
        <legend>The agreed value</legend>
        <div className="grid">
          <Field id="agreed-net" label="New agreed net (£)" error={errors.fields.net}>
            {(p) => <input {...p} inputMode="decimal" value={form.net} onChange={(e) => update({ net: e.target.value })} />}
          </Field>
          <Field id="agreed-vat" label="New agreed VAT (£)" hint="Blank for none." error={errors.fields.vat}>
            {(p) => <input {...p} inputMode="decimal" value={form.vat} onChange={(e) => update({ vat: e.target.value })} />}
          </Field>
        </div>
        <Field id="agreed-reason" label="Why (optional)" error={errors.fields.reason}>
          {(p) => <input {...p} value={form.reason} onChange={(e) => update({ reason: e.target.value })} />}
        </Field>
        <button type="submit">Save the agreed value</button>{' '}
        <button type="button" className="link" onClick={() => setOpen(false)}>Keep it as it is</button>
      </fieldset>
    </form>
  );
}

function Notes({ job, busy, run, errors }: { job: Job; busy: boolean; run: Run; errors: FormErrors }) {
  const { api, session } = useApp();
  const team = useTeam();
  const [text, setText] = useState('');
  return (
    <section aria-labelledby="notes">
      <h2 id="notes">Notes</h2>
      {job.notes.length === 0 && <p className="empty">No notes yet.</p>}
      <ol className="notes">
        {job.notes.map((n) => <li key={n.noteId}><p>{n.text}</p><small>{n.by === session.userId ? 'You' : team.nameOf(n.by) ?? 'A colleague'}, {ukDateTime(n.at)}</small></li>)}
      </ol>
      {seesPrices(session) && (
        <form noValidate aria-label="Add a note" onSubmit={async (e) => {
          e.preventDefault();
          if (await run(() => api.command('POST', `/jobs/${job.jobId}/notes`, { noteId: uuidv7(), text }), 'Note added.', ['text'])) setText('');
        }}>
          <Field id="note-text" label="New note" error={errors.fields.text}>
            {(p) => <textarea {...p} rows={2} value={text} onChange={(e) => setText(e.target.value)} />}
          </Field>
          <button type="submit" disabled={busy}>Add the note</button>
        </form>
      )}
    </section>
  );
}
