import { useState, type FormEvent } from 'react';
import { formErrorsOf, type Schemas } from '../../app/api';
import { useApp } from '../../app/session';
import { londonToday, ukDate } from '../../lib/format';
import type { FormErrors } from '../../lib/problems';
import { Field, FormErrorsSummary } from '../../ui/Field';

type Found = Schemas['FreeSlots'];
type Slot = Found['slots'][number];
const NO_ERRORS: FormErrors = { fields: {}, form: [] };

/**
 * Owners and admins: who is free for a job of this length (with this skill) in the coming days — working, not
 * away, not booked. Choosing a slot fills the booking form with it.
 */
export default function FreeSlotsFinder({ nameOf, choose }: { nameOf: (id: string) => string; choose: (slot: Slot, minutes: number) => void }) {
  const { api } = useApp();
  const today = londonToday();
  const [ask, setAsk] = useState({ duration: '120', skill: '', from: today, to: '' });
  const [found, setFound] = useState<Found | null>(null);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);

  async function find(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      setFound(await api.get<Found>('/diary/free-slots', { duration: ask.duration.trim(), skill: ask.skill.trim() || undefined,
        from: ask.from || undefined, to: ask.to || undefined }));
    } catch (err) {
      setErrors(formErrorsOf(err, ['duration', 'skill', 'from', 'to']));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="free-slots">
      <h2 id="free-slots">Who is free?</h2>
      <form onSubmit={find} noValidate aria-label="Find free time" className="filters">
        <fieldset disabled={busy}>
          <div className="grid">
            <Field id="slot-duration" label="For (minutes)" error={errors.fields.duration}>
              {(p) => <input {...p} inputMode="numeric" value={ask.duration} onChange={(e) => setAsk((a) => ({ ...a, duration: e.target.value }))} />}
            </Field>
            <Field id="slot-skill" label="Skill (optional)" error={errors.fields.skill}>
              {(p) => <input {...p} value={ask.skill} onChange={(e) => setAsk((a) => ({ ...a, skill: e.target.value }))} />}
            </Field>
            <Field id="slot-from" label="From day" error={errors.fields.from}>
              {(p) => <input {...p} type="date" value={ask.from} onChange={(e) => setAsk((a) => ({ ...a, from: e.target.value }))} />}
            </Field>
            <Field id="slot-to" label="To day (optional)" error={errors.fields.to}>
              {(p) => <input {...p} type="date" value={ask.to} onChange={(e) => setAsk((a) => ({ ...a, to: e.target.value }))} />}
            </Field>
          </div>
          <button type="submit">Find free time</button>
        </fieldset>
      </form>
      <FormErrorsSummary messages={errors.form} />
      {found && (found.slots.length === 0 ? <p className="empty">Nobody is free that long from {ukDate(found.from)} to {ukDate(found.to)}.</p> : (
        <ul className="slots">
          {found.slots.map((s) => (
            <li key={`${s.member}-${s.startsAt}`}>
              {ukDate(s.start.slice(0, 10))} {s.start.slice(11, 16)}–{s.end.slice(11, 16)} · {nameOf(s.member)}{' '}
              <button type="button" className="link" onClick={() => choose(s, Number(found.durationMinutes))}>Book<span className="visually-hidden"> {nameOf(s.member)} on {ukDate(s.start.slice(0, 10))} at {s.start.slice(11, 16)}</span></button>
            </li>
          ))}
          {found.truncated && <li className="muted">More than shown: narrow the days or add a skill.</li>}
        </ul>
      ))}
    </section>
  );
}
