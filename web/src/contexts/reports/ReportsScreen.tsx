import { useEffect, useState, type FormEvent } from 'react';
import { formErrorsOf, type Schemas } from '../../app/api';
import { useApp } from '../../app/session';
import { londonToday, money, ukDate } from '../../lib/format';
import type { FormErrors } from '../../lib/problems';
import { Field, FormErrorsSummary, LoadError, Loading } from '../../ui/Field';
import { CATEGORY_LABELS } from '../expenses/expenseForm';
import { useTeam } from '../team/useTeam';
import { StackedBars } from './charts';
import ProfitPerJob from './ProfitPerJob';
import TeamUtilisation from './TeamUtilisation';

type Expenses = Schemas['ExpensesReport'];
type Pipeline = Schemas['QuotesPipeline'];
type Vat = Schemas['VatReport'];
type Reimbursements = Schemas['ReimbursementsReport'];
type Category = keyof typeof CATEGORY_LABELS;

const NO_ERRORS: FormErrors = { fields: {}, form: [] };
const STATES: Record<string, string> = {
  issued: 'Waiting for an answer', accepted: 'Accepted', declined: 'Declined', expired: 'Expired', withdrawn: 'Withdrawn',
};
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The first day of the month eleven months before {@code today}'s: a year of whole months to date. */
export function yearToDate(today: string): { from: string; to: string } {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const start = new Date(Date.UTC(year, month - 1 - 11, 1));
  return { from: start.toISOString().slice(0, 10), to: today };
}

function monthLabel(yyyyMm: string): string {
  return `${MONTHS[Number(yyyyMm.slice(5, 7)) - 1]} ${yyyyMm.slice(2, 4)}`;
}

/** The money reports: expenses by month and category, the quotes pipeline, VAT by quarter, reimbursements owed; CSV for the accountant. */
export default function ReportsScreen() {
  const { api } = useApp();
  const { nameOf } = useTeam();
  const today = londonToday();
  const [range, setRange] = useState(yearToDate(today));
  const [asked, setAsked] = useState(range);
  const [year, setYear] = useState(Number(today.slice(0, 4)));
  const [expenses, setExpenses] = useState<Expenses | null>(null);
  const [pipeline, setPipeline] = useState<Pipeline | null>(null);
  const [vat, setVat] = useState<Vat | null>(null);
  const [owed, setOwed] = useState<Reimbursements | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [downloading, setDownloading] = useState(false);

  async function load(r = asked, y = year) {
    setErrors(NO_ERRORS);
    try {
      const [e, p, v, o] = await Promise.all([
        api.get<Expenses>('/reports/expenses', r),
        api.get<Pipeline>('/reports/quotes-pipeline', r),
        api.get<Vat>('/reports/vat', { year: y }),
        api.get<Reimbursements>('/reports/reimbursements'),
      ]);
      setExpenses(e); setPipeline(p); setVat(v); setOwed(o);
      setLoadError(null);
    } catch (err) {
      if (expenses) setErrors(formErrorsOf(err, ['from', 'to', 'year'])); else setLoadError(err);
    }
  }
  useEffect(() => { void load(); }, []); // eslint-disable-line react-hooks/exhaustive-deps

  function apply(e: FormEvent) {
    e.preventDefault();
    setAsked(range);
    void load(range, year);
  }

  async function download(what: 'expenses' | 'quotes', format: 'xero' | 'quickbooks') {
    setDownloading(true);
    setErrors(NO_ERRORS);
    try {
      const file = await api.file(`/exports/${what}.csv`, { format, from: asked.from, to: asked.to });
      const url = URL.createObjectURL(new Blob([file.text], { type: 'text/csv' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = file.fileName ?? `${what}-${format}-${asked.from}-${asked.to}.csv`;
      link.click();
      URL.revokeObjectURL(url);
    } catch (err) {
      setErrors(formErrorsOf(err, ['from', 'to', 'format']));
    } finally {
      setDownloading(false);
    }
  }

  if (loadError !== null) return <LoadError error={loadError} retry={() => load()} />;
  if (!expenses || !pipeline || !vat || !owed) return <Loading what="the reports" />;
  const categories = [...new Set(expenses.months.flatMap((m) => m.categories.map((c) => c.category)))] as Category[];
  const series = categories.map((c) => CATEGORY_LABELS[c]);
  const bars = expenses.months.map((m) => ({
    label: monthLabel(m.month),
    parts: m.categories.map((c) => ({ series: CATEGORY_LABELS[c.category as Category], value: c.gross })),
  }));
  const stateKeys = Object.keys(STATES).filter((s) => pipeline.byState[s]);
  return (
    <section>
      <h1>Reports</h1>
      <p className="sub">The business's figures. Expenses count once approved; the VAT quarters follow your settings' stagger.</p>
      <form onSubmit={apply} noValidate aria-label="Choose the period" className="filters">
        <div className="grid">
          <Field id="from" label="From" error={errors.fields.from}>
            {(p) => <input {...p} type="date" value={range.from} onChange={(e) => setRange((r) => ({ ...r, from: e.target.value }))} />}
          </Field>
          <Field id="to" label="To" error={errors.fields.to}>
            {(p) => <input {...p} type="date" value={range.to} onChange={(e) => setRange((r) => ({ ...r, to: e.target.value }))} />}
          </Field>
          <Field id="year" label="VAT quarters ending in" error={errors.fields.year}>
            {(p) => <input {...p} type="number" min={2000} max={2100} value={year} onChange={(e) => setYear(Number(e.target.value))} />}
          </Field>
        </div>
        <button type="submit">Show</button>
      </form>
      <FormErrorsSummary messages={errors.form} />

      <h2>Expenses by month and category</h2>
      {expenses.months.length === 0 ? <p>No approved expense from {ukDate(expenses.from)} to {ukDate(expenses.to)}.</p> : (
        <StackedBars bars={bars} series={series} title={`Approved expenses by month, gross, ${ukDate(expenses.from)} to ${ukDate(expenses.to)}`} />
      )}
      <div className="table-wrap">
        <table>
          <caption>Approved and paid-back expenses, {ukDate(expenses.from)} to {ukDate(expenses.to)}</caption>
          <thead><tr><th scope="col">Month</th>{categories.map((c) => <th scope="col" key={c} className="num">{CATEGORY_LABELS[c]}</th>)}<th scope="col" className="num">Net</th><th scope="col" className="num">VAT</th><th scope="col" className="num">Gross</th></tr></thead>
          <tbody>
            {expenses.months.map((m) => (
              <tr key={m.month}>
                <th scope="row">{monthLabel(m.month)}</th>
                {categories.map((c) => <td key={c} className="num">{money(m.categories.find((x) => x.category === c)?.gross ?? 0)}</td>)}
                <td className="num">{money(m.total.net)}</td><td className="num">{money(m.total.vat)}</td><td className="num">{money(m.total.gross)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot><tr><th scope="row">Total ({expenses.total.count})</th>{categories.map((c) => <td key={c} />)}<td className="num">{money(expenses.total.net)}</td><td className="num">{money(expenses.total.vat)}</td><td className="num">{money(expenses.total.gross)}</td></tr></tfoot>
        </table>
      </div>
      {expenses.awaitingApproval.count > 0 && <p className="notice">{expenses.awaitingApproval.count} more, {money(expenses.awaitingApproval.gross)}, are waiting for approval and not counted yet.</p>}
      <p>
        For your accountant, the same period as a CSV file:{' '}
        <button type="button" disabled={downloading} onClick={() => void download('expenses', 'xero')}>Download for Xero</button>{' '}
        <button type="button" disabled={downloading} onClick={() => void download('expenses', 'quickbooks')}>Download for QuickBooks</button>
      </p>

      <h2>Quotes pipeline</h2>
      <p>{pipeline.issued} quotes issued from {ukDate(pipeline.from)} to {ukDate(pipeline.to)}; {pipeline.awaitingDecision} waiting for an answer
        {pipeline.conversionRate !== null && <>; {Math.round(pipeline.conversionRate * 100)}% of those decided were accepted</>}
        {pipeline.averageDaysToAccept !== null && <>, in {pipeline.averageDaysToAccept.toFixed(1)} days on average</>}.</p>
      <p>
        The quotes accepted in the period, as draft sales invoices (one line per VAT rate, to the penny):{' '}
        <button type="button" disabled={downloading} onClick={() => void download('quotes', 'xero')}>Accepted quotes for Xero</button>{' '}
        <button type="button" disabled={downloading} onClick={() => void download('quotes', 'quickbooks')}>Accepted quotes for QuickBooks</button>
      </p>
      {stateKeys.length > 0 && (
        <StackedBars title="Quotes issued in the period by where they are now, gross" series={['Value']}
          bars={stateKeys.map((s) => ({ label: STATES[s], parts: [{ series: 'Value', value: pipeline.byState[s].gross }] }))} />
      )}
      <div className="table-wrap">
        <table>
          <caption>Quotes issued in the period, by where they are now</caption>
          <thead><tr><th scope="col">State</th><th scope="col" className="num">Quotes</th><th scope="col" className="num">Value (gross)</th></tr></thead>
          <tbody>{stateKeys.map((s) => <tr key={s}><th scope="row">{STATES[s]}</th><td className="num">{pipeline.byState[s].count}</td><td className="num">{money(pipeline.byState[s].gross)}</td></tr>)}</tbody>
        </table>
      </div>

      <ProfitPerJob from={asked.from} to={asked.to} />
      <TeamUtilisation to={asked.to} />

      <h2>VAT on purchases by quarter</h2>
      {!vat.vatRegistered ? <p>The business is not VAT registered (Settings): no VAT is reclaimable.</p> : (
        <div className="table-wrap">
          <table>
            <caption>Quarters ending in {vat.year}{vat.staggerChosen ? '' : ' (calendar quarters: choose your stagger in Settings)'}</caption>
            <thead><tr><th scope="col">Quarter</th><th scope="col" className="num">Purchases (net, box 7)</th><th scope="col" className="num">VAT reclaimable (box 4)</th><th scope="col" className="num">Reverse charge due</th><th scope="col" className="num">Net reclaimable</th></tr></thead>
            <tbody>
              {vat.quarters.map((q) => (
                <tr key={q.end}>
                  <th scope="row">{ukDate(q.start)} to {ukDate(q.end)}</th>
                  <td className="num">{money(q.purchasesNet)}</td><td className="num">{money(q.inputVat)}</td>
                  <td className="num">{money(q.reverseChargeOutputVat)}</td><td className="num">{money(q.netReclaimable)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2>Owed to the team</h2>
      {owed.people.length === 0 ? <p>Nobody is owed anything, and nothing was paid back this month.</p> : (
        <div className="table-wrap">
          <table>
            <caption>Approved expenses paid by the team, not yet paid back; and paid back this month</caption>
            <thead><tr><th scope="col">Member</th><th scope="col" className="num">Owed</th><th scope="col" className="num">Paid back this month</th></tr></thead>
            <tbody>
              {owed.people.map((p) => (
                <tr key={p.member}><th scope="row">{nameOf(p.member) ?? 'A colleague'}</th><td className="num">{money(p.owed)} ({p.owedCount})</td><td className="num">{money(p.paidThisMonth)} ({p.paidThisMonthCount})</td></tr>
              ))}
            </tbody>
            <tfoot><tr><th scope="row">Total</th><td className="num">{money(owed.owed)}</td><td className="num">{money(owed.paidThisMonth)}</td></tr></tfoot>
          </table>
        </div>
      )}
    </section>
  );
}
