import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { oneLine } from '../customers/customerForm';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { ApiError, type CommandResult, type Schemas } from '../../app/api';
import { useApp } from '../../app/session';
import { londonToday, money, ukDate, ukDateTime } from '../../lib/format';
import { formErrors, type FormErrors } from '../../lib/problems';
import { uuidv7 } from '../../lib/uuid';
import { Field, FormErrorsSummary, LoadError, Loading } from '../../ui/Field';
import { CustomerPicker } from '../customers/CustomerPicker';
import { convertToJob } from './conversion';
import { DECLINE_REASONS, STATE_LABELS, VAT_LABELS } from './labels';
import { price, VAT_CODES, type RoundingPolicy, type Totals, type VatCode } from './pricing/pricing';
import {
  detailsBody, draftBody, emptyForm, fieldKeys, formOf, inputKey, lineBody, newLine, pricedAdjustments, pricedLines,
  type AdjustmentKind, type LineForm, type QuoteForm,
} from './quoteForm';

type Detail = Schemas['QuoteDetail'];
const NO_ERRORS: FormErrors = { fields: {}, form: [] };

export default function QuoteEditorScreen() {
  const { quoteId } = useParams();
  const { api } = useApp();
  const navigate = useNavigate();
  const location = useLocation();
  // a quote just drafted arrives here with the version its command answered: read at least that
  const arrivedAt = (location.state as { minVersion?: number } | null)?.minVersion;
  const [detail, setDetail] = useState<Detail | null>(null);
  const [form, setForm] = useState<QuoteForm>(emptyForm);
  const [dirty, setDirty] = useState(false);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [customerName, setCustomerName] = useState<string | null>(null);

  async function load(id: string, minVersion?: number) {
    try {
      const d = await api.get<Detail>(`/quotes/${id}`, { minVersion });
      setDetail(d);
      setForm(formOf(d));
      setCustomerName(d.customerName ?? null);
      setDirty(false);
      setLoadError(null);
    } catch (e) {
      setLoadError(e);
    }
  }

  // "New quote for them" from a customer's page arrives with the customer chosen
  const presetCustomer = quoteId ? null : new URLSearchParams(location.search).get('customerId');
  useEffect(() => {
    if (quoteId) void load(quoteId, arrivedAt);
    else { setDetail(null); setForm({ ...emptyForm(), customerId: presetCustomer ?? '' }); setCustomerName(null); }
  }, [quoteId]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    if (!presetCustomer) return;
    api.get<Schemas['CustomerDetail']>(`/customers/${presetCustomer}`).then((c) => setCustomerName(c.name)).catch(() => undefined);
  }, [presetCustomer, api]);

  const editable = !detail || detail.state === 'draft';
  const rounding: RoundingPolicy = (detail?.roundingPolicy as RoundingPolicy | undefined) ?? 'per-line';
  const registered = detail?.vatRegistered ?? true;
  const taxPoint = londonToday();
  const live: Totals | null = useMemo(() => {
    try {
      const { discount, deposit } = pricedAdjustments(form);
      return price(pricedLines(form), discount, deposit, { rounding, taxPoint, registered });
    } catch {
      return null;
    }
  }, [form, rounding, taxPoint, registered]);

  function update(change: Partial<QuoteForm>) {
    setForm((f) => ({ ...f, ...change }));
    setDirty(true);
    setSaved(null);
  }
  function updateLine(index: number, change: Partial<LineForm>) {
    setForm((f) => ({ ...f, lines: f.lines.map((l, i) => (i === index ? { ...l, ...change } : l)) }));
    setDirty(true);
    setSaved(null);
  }

  async function run(action: () => Promise<CommandResult | void>, id: string, message: string) {
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      const result = await action();
      setSaved(message);
      if (result) {
        if (!quoteId) navigate(`/quotes/${id}`, { replace: true, state: { minVersion: result.version } });
        else await load(id, result.version);
      }
    } catch (e) {
      if (e instanceof ApiError) setErrors(formErrors(e.problem, fieldKeys(form)));
      else setErrors({ fields: {}, form: [e instanceof Error ? `${e.name === 'OfflineError' ? 'You are offline: ' : ''}${e.message}` : String(e)] });
    } finally {
      setBusy(false);
    }
  }

  async function save(e: FormEvent) {
    e.preventDefault();
    if (!detail) {
      const id = uuidv7();
      await run(() => api.command('POST', '/quotes', draftBody(id, form)), id, 'Draft saved.');
      return;
    }
    const id = detail.quoteId;
    await run(async () => {
      let last = await api.command('PUT', `/quotes/${id}`, detailsBody(form));
      const kept = new Set(form.lines.map((l) => l.lineId));
      for (const old of detail.lines) {
        if (!kept.has(old.lineId)) last = await api.command('DELETE', `/quotes/${id}/lines/${old.lineId}`);
      }
      for (const [i, line] of form.lines.entries()) {
        try {
          last = line.saved ? await api.command('PUT', `/quotes/${id}/lines/${line.lineId}`, lineBody(line, false))
            : await api.command('POST', `/quotes/${id}/lines`, lineBody(line, true));
        } catch (err) {
          if (err instanceof ApiError && err.problem.errors) {
            // a line's own command names its fields without the line: put them under it
            err.problem.errors = err.problem.errors.map((fe) => ({ ...fe, pointer: fe.pointer?.replace(/^#\/?/, `#/lines/${i}/`).replace(/\/$/, '') }));
          }
          throw err;
        }
      }
      return last;
    }, id, 'Saved.');
  }

  const err = (key: string) => Object.entries(errors.fields).filter(([k]) => inputKey(k) === key).map(([, v]) => v).join(' ') || undefined;

  if (quoteId && !detail && loadError === null) return <Loading what="the quote" />;
  if (loadError !== null) return <LoadError error={loadError} retry={() => quoteId && load(quoteId)} />;

  return (
    <section>
      <p><Link to="/quotes">← Quotes</Link></p>
      <h1>{detail ? `${detail.displayNumber ?? 'Draft quote'}: ${detail.title}` : 'New quote'}</h1>
      {detail && <p className="sub">State: <strong>{STATE_LABELS[detail.state]}</strong>{detail.validUntil && <> · valid until {ukDate(detail.validUntil)}</>}{detail.site && <> · at {oneLine(detail.site)}</>}{detail.behind && <> · <em>still catching up with your last change</em></>}</p>}
      {saved && <p className="ok" role="status">{saved}</p>}
      <FormErrorsSummary messages={errors.form} />
      <form onSubmit={save} noValidate aria-label="Quote">
        <fieldset disabled={!editable || busy}>
          <legend>Details</legend>
          <div className="grid">
            <CustomerPicker id="customerId" label="Customer" error={err('customerId')} disabled={!editable || busy}
                            value={form.customerId ? { customerId: form.customerId, name: customerName ?? 'Customer' } : null}
                            onChange={(c) => { update({ customerId: c?.customerId ?? '' }); setCustomerName(c?.name ?? null); }} />
            <Field id="title" label="Title" error={err('title')}>
              {(p) => <input {...p} value={form.title} onChange={(e) => update({ title: e.target.value })} />}
            </Field>
            <Field id="validUntil" label="Valid until (DD/MM/YYYY)" error={err('validUntil')}>
              {(p) => <input {...p} inputMode="numeric" placeholder="DD/MM/YYYY" value={form.validUntil} onChange={(e) => update({ validUntil: e.target.value })} />}
            </Field>
            <Adjustment id="discount" label="Discount on the whole" kind={form.discountKind} value={form.discount} error={err('discount')}
                        onChange={(discountKind, discount) => update({ discountKind, discount })} />
            <Adjustment id="deposit" label="Deposit" kind={form.depositKind} value={form.deposit} error={err('deposit')}
                        onChange={(depositKind, deposit) => update({ depositKind, deposit })} />
          </div>
          <Field id="notes" label="Notes" error={err('notes')}>
            {(p) => <textarea {...p} rows={2} value={form.notes} onChange={(e) => update({ notes: e.target.value })} />}
          </Field>
          <Field id="terms" label="Terms" error={err('terms')}>
            {(p) => <textarea {...p} rows={2} value={form.terms} onChange={(e) => update({ terms: e.target.value })} />}
          </Field>
        </fieldset>
        <fieldset disabled={!editable || busy}>
          <legend>Lines</legend>
          {err('lines') && <p className="error">{err('lines')}</p>}
          <ol className="lines">
            {form.lines.map((line, i) => (
              <li key={line.lineId} className="line">
                <Field id={`lines.${i}.description`} label={`Line ${i + 1}: description`} error={err(`lines.${i}.description`)}>
                  {(p) => <input {...p} value={line.description} onChange={(e) => updateLine(i, { description: e.target.value })} />}
                </Field>
                <Field id={`lines.${i}.quantity`} label="Quantity" error={err(`lines.${i}.quantity`)}>
                  {(p) => <input {...p} inputMode="decimal" value={line.quantity} onChange={(e) => updateLine(i, { quantity: e.target.value })} />}
                </Field>
                <Field id={`lines.${i}.unitPrice`} label="Unit price (£)" error={err(`lines.${i}.unitPrice`)}>
                  {(p) => <input {...p} inputMode="decimal" value={line.unitPrice} onChange={(e) => updateLine(i, { unitPrice: e.target.value })} />}
                </Field>
                <Field id={`lines.${i}.vatCode`} label="VAT" error={err(`lines.${i}.vatCode`)}>
                  {(p) => (
                    <select {...p} value={line.vatCode} onChange={(e) => updateLine(i, { vatCode: e.target.value as VatCode })}>
                      {VAT_CODES.map((c) => <option key={c} value={c}>{VAT_LABELS[c]}</option>)}
                    </select>
                  )}
                </Field>
                <Field id={`lines.${i}.discount`} label="Line discount (%)" error={err(`lines.${i}.discount`)}>
                  {(p) => <input {...p} inputMode="decimal" value={line.discountPercent} onChange={(e) => updateLine(i, { discountPercent: e.target.value })} />}
                </Field>
                <label className="check"><input type="checkbox" checked={line.pricesIncludeVat} onChange={(e) => updateLine(i, { pricesIncludeVat: e.target.checked })} /> Price includes VAT</label>
                <label className="check"><input type="checkbox" checked={line.optional} onChange={(e) => updateLine(i, { optional: e.target.checked })} /> Optional</label>
                <button type="button" className="link" onClick={() => update({ lines: form.lines.filter((_, j) => j !== i) })}>Remove line {i + 1}</button>
              </li>
            ))}
          </ol>
          <button type="button" onClick={() => update({ lines: [...form.lines, newLine()] })}>Add a line</button>
        </fieldset>
        {editable && <p><button type="submit" disabled={busy}>{busy ? 'Saving…' : detail ? 'Save changes' : 'Save draft'}</button></p>}
      </form>
      <TotalsTable title={editable ? 'Totals (as you type)' : 'Totals'} totals={editable ? live : serverTotals(detail)}
                   note={editable ? `Worked out as the server does: ${rounding === 'per-line' ? 'VAT per line' : 'VAT on the whole, rounded down'}, rates of ${ukDate(taxPoint)}; optional lines are left out.` : undefined} />
      {detail && !dirty && <Actions detail={detail} busy={busy} run={run} />}
      {detail && <History detail={detail} />}
    </section>
  );
}

function serverTotals(detail: Detail | null): Totals | null {
  if (!detail) return null;
  const t = detail.totals;
  return {
    subtotal: BigInt(t.subtotal), discount: BigInt(t.discount), net: BigInt(t.net), vatTotal: BigInt(t.vatTotal),
    gross: BigInt(t.gross), deposit: BigInt(t.deposit), outsideScope: BigInt(t.outsideScope ?? 0),
    reverseChargeVat: BigInt(t.reverseChargeVat ?? 0),
    vat: t.vat.map((v) => ({ vatCode: v.vatCode, ratePercent: String(v.ratePercent), net: BigInt(v.net), vat: BigInt(v.vat), reverseChargeVat: BigInt(v.reverseChargeVat ?? 0) })),
  };
}

function Adjustment({ id, label, kind, value, error, onChange }: {
  id: string; label: string; kind: AdjustmentKind; value: string; error?: string; onChange: (k: AdjustmentKind, v: string) => void;
}) {
  return (
    <div className={error ? 'field invalid' : 'field'}>
      <label htmlFor={`${id}-kind`}>{label}</label>
      <div className="inline">
        <select id={`${id}-kind`} value={kind} onChange={(e) => onChange(e.target.value as AdjustmentKind, value)}>
          <option value="none">None</option>
          <option value="percent">Percentage</option>
          <option value="amount">Amount (£)</option>
        </select>
        {kind !== 'none' && (
          <input id={id} aria-label={`${label}: ${kind === 'percent' ? 'percentage' : 'amount in pounds'}`} inputMode="decimal" value={value}
                 aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined}
                 onChange={(e) => onChange(kind, e.target.value)} />
        )}
      </div>
      {error && <p id={`${id}-error`} className="error">{error}</p>}
    </div>
  );
}

export function TotalsTable({ title, totals, note }: { title: string; totals: Totals | null; note?: string }) {
  if (!totals) return <p className="empty">Totals appear when the lines are filled in.</p>;
  return (
    <section aria-labelledby="totals" className="totals">
      <h2 id="totals">{title}</h2>
      <table data-testid="totals">
        <tbody>
          <tr><th scope="row">Subtotal</th><td className="num" data-total="subtotal">{money(totals.subtotal)}</td></tr>
          <tr><th scope="row">Discounts</th><td className="num" data-total="discount">{money(totals.discount)}</td></tr>
          <tr><th scope="row">Net</th><td className="num" data-total="net">{money(totals.net)}</td></tr>
          {totals.vat.map((v) => (
            <tr key={v.vatCode} data-vat={v.vatCode}>
              <th scope="row">VAT {VAT_LABELS[v.vatCode]} at {v.ratePercent}% on {money(v.net)}</th>
              <td className="num">{v.reverseChargeVat > 0n ? `${money(v.reverseChargeVat)} for the customer to account for` : money(v.vat)}</td>
            </tr>
          ))}
          <tr><th scope="row">VAT</th><td className="num" data-total="vatTotal">{money(totals.vatTotal)}</td></tr>
          <tr className="grand"><th scope="row">Total</th><td className="num" data-total="gross">{money(totals.gross)}</td></tr>
          {totals.deposit > 0n && <tr><th scope="row">Deposit</th><td className="num" data-total="deposit">{money(totals.deposit)}</td></tr>}
        </tbody>
      </table>
      {note && <p className="hint">{note}</p>}
    </section>
  );
}

function Actions({ detail, busy, run }: { detail: Detail; busy: boolean; run: (a: () => Promise<CommandResult | void>, id: string, m: string) => Promise<void> }) {
  const { api } = useApp();
  const [reason, setReason] = useState('price');
  const [note, setNote] = useState('');
  const [taken, setTaken] = useState<string[]>([]);
  // the job this page converted the quote to, shown before the quote's read model says so
  const [converted, setConverted] = useState<string | null>(null);
  const jobId = detail.jobId ?? converted;
  const id = detail.quoteId;
  const path = `/quotes/${id}`;
  const optional = detail.lines.filter((l) => l.optional);
  const open = detail.state === 'issued' || detail.state === 'viewed';
  return (
    <section aria-labelledby="actions" className="actions">
      <h2 id="actions">What next</h2>
      {detail.state === 'draft' && (
        <button type="button" disabled={busy} onClick={() => run(() => api.command('POST', `${path}/issue`), id, 'Issued.')}>Issue the quote</button>
      )}
      {open && (
        <>
          {optional.length > 0 && (
            <fieldset><legend>Optional lines the customer takes</legend>
              {optional.map((l) => (
                <label key={l.lineId} className="check"><input type="checkbox" checked={taken.includes(l.lineId)}
                  onChange={(e) => setTaken((t) => (e.target.checked ? [...t, l.lineId] : t.filter((x) => x !== l.lineId)))} /> {l.description}</label>
              ))}
            </fieldset>
          )}
          <button type="button" disabled={busy} onClick={() => run(() => api.command('POST', `${path}/accept`, { optionalLinesTaken: taken }), id, 'Accepted.')}>Accepted</button>
          <div className="decline">
            <div className="field"><label htmlFor="decline-reason">Reason</label>
              <select id="decline-reason" value={reason} onChange={(e) => setReason(e.target.value)}>
                {Object.entries(DECLINE_REASONS).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
              </select></div>
            <div className="field"><label htmlFor="decline-note">Note</label>
              <input id="decline-note" value={note} onChange={(e) => setNote(e.target.value)} /></div>
            <button type="button" disabled={busy} onClick={() => run(() => api.command('POST', `${path}/decline`, { reason, note: note || null }), id, 'Declined.')}>Declined</button>
          </div>
        </>
      )}
      {(open || detail.state === 'declined' || detail.state === 'expired') && (
        <button type="button" disabled={busy} onClick={() => run(() => api.command('POST', `${path}/revise`), id, 'A new revision is in draft.')}>Revise</button>
      )}
      {detail.state === 'accepted' && !jobId && (
        <button type="button" disabled={busy} onClick={() => run(async () => {
          const conversion = await convertToJob(api, id, detail.version);
          setConverted(conversion.jobId);
          return conversion.quote;
        }, id, 'Converted to a job.')}>Convert to a job</button>
      )}
      {jobId && <p>Job: <Link to={`/jobs/${jobId}`}><code>{jobId}</code></Link></p>}
    </section>
  );
}

function History({ detail }: { detail: Detail }) {
  return (
    <section aria-labelledby="history">
      <h2 id="history">History</h2>
      <ol className="history">
        {detail.history.map((h) => <li key={h.version}>{ukDateTime(h.at)}: {h.event} ({STATE_LABELS[h.state]})</li>)}
      </ol>
    </section>
  );
}
