import { useEffect, useState, type FormEvent } from 'react';
import { formErrorsOf, type Schemas } from '../../app/api';
import { useApp } from '../../app/session';
import { londonToday, ukDateTime } from '../../lib/format';
import type { FormErrors } from '../../lib/problems';
import { Field, FormErrorsSummary, Loading } from '../../ui/Field';
import { useTeam } from '../team/useTeam';
import { actorInWords, auditQuery, eventInWords, RECORDS, type AuditFilters } from './audit';

type Entry = Schemas['AuditEntry'];
type Page = Schemas['AuditPage'];
const NO_ERRORS: FormErrors = { fields: {}, form: [] };
const KNOWN = ['record', 'recordId', 'person', 'from', 'to'];

/**
 * The audit trail (owners): every change to every record, oldest first, who made it and from which command; the
 * names of the fields it carried, never their values. Filtered by kind of record, record, person and period, a page
 * at a time, and exported as CSV or JSON lines for an accountant or an auditor.
 */
export default function AuditScreen() {
  const { api } = useApp();
  const team = useTeam();
  const today = londonToday();
  const [filters, setFilters] = useState<AuditFilters>({ record: '', recordId: '', person: '', from: today, to: today });
  const [asked, setAsked] = useState(filters);
  const [entries, setEntries] = useState<Entry[] | null>(null);
  const [cursor, setCursor] = useState<string | undefined>();
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);

  async function load(f: AuditFilters, after?: string) {
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      const page = await api.get<Page>('/audit', { ...auditQuery(f), cursor: after, limit: 50 });
      setEntries((list) => (after ? [...(list ?? []), ...page.entries] : page.entries));
      setCursor(page.nextCursor);
    } catch (e) {
      setErrors(formErrorsOf(e, KNOWN));
      if (!after) setEntries([]);
    } finally {
      setBusy(false);
    }
  }
  useEffect(() => { void load(asked); }, []); // eslint-disable-line react-hooks/exhaustive-deps

  function apply(e: FormEvent) {
    e.preventDefault();
    setAsked(filters);
    void load(filters);
  }

  async function download(format: 'csv' | 'jsonl') {
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      const file = await api.file(`/audit/export.${format}`, auditQuery(asked));
      const url = URL.createObjectURL(new Blob([file.text], { type: format === 'csv' ? 'text/csv' : 'application/x-ndjson' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = file.fileName ?? `audit-${asked.from}-${asked.to}.${format}`;
      link.click();
      URL.revokeObjectURL(url);
    } catch (e) {
      setErrors(formErrorsOf(e, KNOWN));
    } finally {
      setBusy(false);
    }
  }

  const update = (patch: Partial<AuditFilters>) => setFilters((f) => ({ ...f, ...patch }));
  const nameOf = (id: string) => team.nameOf(id);
  const active = team.members;
  return (
    <section>
      <h1>Audit trail</h1>
      <p className="sub">Every change to every record, oldest first: who, when, what and from which request. Values are never shown here, and an erased customer's details appear nowhere.</p>
      <form onSubmit={apply} noValidate aria-label="Filter the trail" className="filters">
        <fieldset disabled={busy}>
          <div className="grid">
            <Field id="record" label="Kind of record" error={errors.fields.record}>
              {(p) => (
                <select {...p} value={filters.record} onChange={(e) => update({ record: e.target.value })}>
                  <option value="">All</option>
                  {Object.entries(RECORDS).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
                </select>
              )}
            </Field>
            <Field id="recordId" label="Record id (optional)" error={errors.fields.recordId}>
              {(p) => <input {...p} value={filters.recordId} disabled={filters.record === ''} onChange={(e) => update({ recordId: e.target.value })} />}
            </Field>
            <Field id="person" label="Who" error={errors.fields.person}>
              {(p) => (
                <select {...p} value={filters.person} onChange={(e) => update({ person: e.target.value })}>
                  <option value="">Anyone</option>
                  {active.map((m) => <option key={m.userId} value={m.userId}>{m.name}</option>)}
                </select>
              )}
            </Field>
            <Field id="from" label="From" error={errors.fields.from}>
              {(p) => <input {...p} type="date" value={filters.from} onChange={(e) => update({ from: e.target.value })} />}
            </Field>
            <Field id="to" label="To" error={errors.fields.to}>
              {(p) => <input {...p} type="date" value={filters.to} onChange={(e) => update({ to: e.target.value })} />}
            </Field>
          </div>
          <button type="submit">Show</button>{' '}
          <button type="button" onClick={() => void download('csv')}>Export as CSV</button>{' '}
          <button type="button" onClick={() => void download('jsonl')}>Export as JSON lines</button>
        </fieldset>
      </form>
      <FormErrorsSummary messages={errors.form} />
      {entries === null && <Loading what="the audit trail" />}
      {entries && entries.length === 0 && errors.form.length === 0 && <p className="empty">No change in this period.</p>}
      {entries && entries.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption>Changes, oldest first</caption>
            <thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">What</th><th scope="col">Record</th><th scope="col">Fields</th></tr></thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.eventId}>
                  <td>{ukDateTime(e.at)}</td>
                  <td>{actorInWords(e.actor, e.actorKind, nameOf)}{e.actorRoles.length > 0 && <small> ({e.actorRoles.join(', ')})</small>}</td>
                  <td>{eventInWords(e.eventType)}</td>
                  <td>{RECORDS[e.record] ?? e.record} <small className="muted">{e.recordId} · v{e.recordVersion}</small></td>
                  <td>{e.fields.join(', ')}{e.sealedPersonalDataChanged && <small> · personal data changed (sealed)</small>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {cursor && <button type="button" disabled={busy} onClick={() => void load(asked, cursor)}>Show more</button>}
    </section>
  );
}
