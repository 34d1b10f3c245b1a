/** UK formats: pounds and pence, DD/MM/YYYY dates, times in Europe/London. */

const LONDON = 'Europe/London';


/** 123456 pence → "£1,234.56"; negative amounts keep their sign ("-£5.00"). */
export function money(pence: number | bigint | null | undefined): string {
  if (pence === null || pence === undefined) return '';
  const p = BigInt(pence);
  const negative = p < 0n;
  const abs = negative ? -p : p;
  const whole = abs / 100n;
  const fraction = (abs % 100n).toString().padStart(2, '0');
  const grouped = whole.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}£${grouped}.${fraction}`;
}

/** "12.50" or "12.5" or "£12.50" → 1250 pence; null when it is not an amount of pounds and pence. */
export function parsePounds(text: string): number | null {
  const t = text.trim().replace(/^£/, '').replace(/,/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(t)) return null;
  const [whole, fraction = ''] = t.split('.');
  return Number(BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0')));
}

/** An ISO date (YYYY-MM-DD, a London day) → "DD/MM/YYYY". */
export function ukDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** "DD/MM/YYYY" → ISO; null when it is not a real date. */
export function parseUkDate(text: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: LONDON, day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false,
});

/** An instant → "DD/MM/YYYY, HH:MM" in London (GMT or BST as the day has it). */
export function ukDateTime(instant: string | null | undefined): string {
  if (!instant) return '';
  return dateTimeFormat.format(new Date(instant));
}

/** Today as a London day, ISO (YYYY-MM-DD). */
export function londonToday(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: LONDON, year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** The first day of the London month of {@code today} (ISO). */
export function monthStart(todayIso: string): string {
  return todayIso.slice(0, 8) + '01';
}
