/**
 * The totals of a quote, exact to the penny, computed as the server computes them (events-schema's
 * QuotePricing, VatCode and VatRates, ported rule for rule; the shared cases in cases.json are checked
 * against both). Amounts are pence as bigint; quantities and percentages decimal strings.
 *
 * 1. each line: quantity × unit price, half a penny up, as entered; then its own discount;
 * 2. a discount on the whole is shared among the lines in proportion to their amounts, odd pennies to
 *    the largest remainders (earlier line first on a tie);
 * 3. a line priced including VAT has its VAT taken out by the VAT fraction (rate ÷ (100 + rate)), half
 *    up, on its discounted amount, whatever the rounding policy;
 * 4. lines priced before VAT: per line, each line's VAT half up; per document, the VAT of those lines
 *    rounded down once and shared among the codes by largest remainder;
 * 5. reverse charge: charged nothing, its VAT (per line, half up) shown; outside the scope: in the net,
 *    in no VAT summary; not VAT registered: no VAT at all, a price including VAT being the price;
 * 6. the deposit is a share of the gross (half up), or a fixed amount no larger than it.
 */

export const VAT_CODES = ['standard', 'reduced', 'zero', 'exempt', 'outside-scope', 'reverse-charge',
  'reverse-charge-reduced'] as const;
export type VatCode = (typeof VAT_CODES)[number];
export type RoundingPolicy = 'per-line' | 'per-document';

type Band = 'standard' | 'reduced' | 'zero';
type Treatment = 'charged' | 'exempt' | 'outside-scope' | 'reverse-charged';

const CODES: Record<VatCode, { treatment: Treatment; band: Band }> = {
  standard: { treatment: 'charged', band: 'standard' },
  reduced: { treatment: 'charged', band: 'reduced' },
  zero: { treatment: 'charged', band: 'zero' },
  exempt: { treatment: 'exempt', band: 'zero' },
  'outside-scope': { treatment: 'outside-scope', band: 'zero' },
  'reverse-charge': { treatment: 'reverse-charged', band: 'standard' },
  'reverse-charge-reduced': { treatment: 'reverse-charged', band: 'reduced' },
};

/** UK VAT rates with the dates they apply from, newest first within a band (VatRates). */
const RATES: { band: Band; from: string; basisPoints: number }[] = [
  { band: 'standard', from: '2011-01-04', basisPoints: 2000 },
  { band: 'standard', from: '2010-01-01', basisPoints: 1750 },
  { band: 'standard', from: '2008-12-01', basisPoints: 1500 },
  { band: 'standard', from: '1991-04-01', basisPoints: 1750 },
  { band: 'reduced', from: '1997-09-01', basisPoints: 500 },
  { band: 'zero', from: '1973-04-01', basisPoints: 0 },
];

export function basisPoints(code: VatCode, taxPoint: string): number {
  const band = CODES[code].band;
  const rate = RATES.find((r) => r.band === band && taxPoint >= r.from);
  if (!rate) throw new Error(`no ${band} VAT rate is known for ${taxPoint}`);
  return rate.basisPoints;
}

/** The rate shown: "20", "17.5", "5", "0". */
export function ratePercent(code: VatCode, taxPoint: string): string {
  const bp = basisPoints(code, taxPoint);
  const whole = Math.trunc(bp / 100);
  const fraction = String(bp % 100).padStart(2, '0').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
}

const charges = (c: VatCode) => CODES[c].treatment === 'charged';
const reverseCharged = (c: VatCode) => CODES[c].treatment === 'reverse-charged';
const inScope = (c: VatCode) => CODES[c].treatment !== 'outside-scope';

export type PercentOrAmount = { percent: string | number } | { amount: number | bigint };

export interface PricedLine {
  quantity: string | number;
  unitPrice: number | bigint;
  vatCode: VatCode;
  discount?: PercentOrAmount | null;
  pricesIncludeVat?: boolean | null;
}

export interface VatTerms {
  rounding: RoundingPolicy;
  taxPoint: string;
  registered: boolean;
}

export interface VatSummary {
  vatCode: VatCode;
  ratePercent: string;
  net: bigint;
  vat: bigint;
  reverseChargeVat: bigint;
}

export interface Totals {
  subtotal: bigint;
  discount: bigint;
  net: bigint;
  vat: VatSummary[];
  vatTotal: bigint;
  gross: bigint;
  deposit: bigint;
  outsideScope: bigint;
  reverseChargeVat: bigint;
}

/** A decimal string as an integer scaled by 10^scale: ("1.125", 3) → 1125n; throws beyond that scale. */
export function scaled(value: string | number, scale: number): bigint {
  const text = typeof value === 'number' ? String(value) : value.trim();
  const m = /^(\d+)(?:\.(\d*))?$/.exec(text);
  if (!m) throw new Error(`not a decimal: ${text}`);
  const fraction = (m[2] ?? '').replace(/0+$/, '');
  if (fraction.length > scale) throw new Error(`more than ${scale} decimals: ${text}`);
  return BigInt(m[1]) * 10n ** BigInt(scale) + BigInt(fraction.padEnd(scale, '0') || '0');
}

/** n ÷ d to the nearest whole, half up (n ≥ 0, d > 0). */
function divideHalfUp(n: bigint, d: bigint): bigint {
  return (2n * n + d) / (2n * d);
}

/** Quantity × unit price, half a penny up: 0.333 × 100p is 33p. */
export function lineAmount(line: Pick<PricedLine, 'quantity' | 'unitPrice'>): bigint {
  return divideHalfUp(scaled(line.quantity, 3) * BigInt(line.unitPrice), 1000n);
}

/** The part of {@code base} the discount or deposit stands for; never more than {@code base}. */
export function partOf(adjustment: PercentOrAmount | null | undefined, base: bigint): bigint {
  if (!adjustment) return 0n;
  if ('percent' in adjustment) return divideHalfUp(base * scaled(adjustment.percent, 2), 10000n);
  const amount = BigInt(adjustment.amount);
  return amount < base ? amount : base;
}

function vatFraction(gross: bigint, bp: number): bigint {
  return divideHalfUp(gross * BigInt(bp), 10000n + BigInt(bp));
}

/** Whole pennies for each exact[i] / unit that add up to total: floors, then one each to the largest remainders. */
function largestRemainder(total: bigint, exact: bigint[], unit: bigint): bigint[] {
  const result = exact.map((e) => e / unit);
  const remainders = exact.map((e) => e % unit);
  let allocated = result.reduce((a, b) => a + b, 0n);
  const order = exact.map((_, i) => i).sort((a, b) => (remainders[b] > remainders[a] ? 1 : remainders[b] < remainders[a] ? -1 : a - b));
  for (let k = 0; allocated < total; k = (k + 1) % order.length) {
    result[order[k]] += 1n;
    allocated += 1n;
  }
  return result;
}

function shareOut(amount: bigint, weights: bigint[]): bigint[] {
  const totalWeight = weights.reduce((a, b) => a + b, 0n);
  if (amount === 0n || totalWeight === 0n) return weights.map(() => 0n);
  return largestRemainder(amount, weights.map((w) => amount * w), totalWeight);
}

/** The totals of {@code lines}, every one of which counts (leave out optional lines not taken). */
export function price(lines: PricedLine[], discount: PercentOrAmount | null | undefined,
                      deposit: PercentOrAmount | null | undefined, terms: VatTerms): Totals {
  const n = lines.length;
  const entered = lines.map(lineAmount);
  const afterLineDiscount = lines.map((line, i) => entered[i] - partOf(line.discount, entered[i]));
  const sumAfter = afterLineDiscount.reduce((a, b) => a + b, 0n);
  const shares = shareOut(partOf(discount, sumAfter), afterLineDiscount);
  const netBeforeDiscounts: bigint[] = [];
  const nets: bigint[] = [];
  const includedVat: bigint[] = [];
  const inclusive: boolean[] = [];
  for (let i = 0; i < n; i++) {
    const line = lines[i];
    const discounted = afterLineDiscount[i] - shares[i];
    const rate = basisPoints(line.vatCode, terms.taxPoint);
    inclusive[i] = Boolean(line.pricesIncludeVat) && terms.registered && charges(line.vatCode) && rate > 0;
    if (inclusive[i]) {
      netBeforeDiscounts[i] = entered[i] - vatFraction(entered[i], rate);
      includedVat[i] = vatFraction(discounted, rate);
      nets[i] = discounted - includedVat[i];
    } else {
      netBeforeDiscounts[i] = entered[i];
      includedVat[i] = 0n;
      nets[i] = discounted;
    }
  }
  let subtotal = 0n;
  let net = 0n;
  let outsideScope = 0n;
  for (let i = 0; i < n; i++) {
    subtotal += netBeforeDiscounts[i];
    net += nets[i];
    if (!inScope(lines[i].vatCode)) outsideScope += nets[i];
  }
  const vat = terms.registered ? summaries(lines, nets, includedVat, inclusive, terms) : [];
  const vatTotal = vat.reduce((a, v) => a + v.vat, 0n);
  const reverseChargeVat = vat.reduce((a, v) => a + v.reverseChargeVat, 0n);
  const gross = net + vatTotal;
  return {
    subtotal, discount: subtotal - net, net, vat, vatTotal, gross, deposit: partOf(deposit, gross), outsideScope,
    reverseChargeVat,
  };
}

function summaries(lines: PricedLine[], nets: bigint[], includedVat: bigint[], inclusive: boolean[],
                   terms: VatTerms): VatSummary[] {
  const byCode = new Map<VatCode, [bigint, bigint, bigint]>();
  const exclusiveExact = new Map<VatCode, bigint>();
  lines.forEach((line, i) => {
    const code = line.vatCode;
    if (!inScope(code)) return;
    const rate = BigInt(basisPoints(code, terms.taxPoint));
    const sums = byCode.get(code) ?? [0n, 0n, 0n];
    byCode.set(code, sums);
    sums[0] += nets[i];
    const exact = nets[i] * rate;
    if (reverseCharged(code)) {
      sums[2] += divideHalfUp(exact, 10000n);
    } else if (!charges(code)) {
      // exempt: in the summaries, no VAT
    } else if (inclusive[i]) {
      sums[1] += includedVat[i];
    } else if (terms.rounding === 'per-line') {
      sums[1] += divideHalfUp(exact, 10000n);
    } else {
      exclusiveExact.set(code, (exclusiveExact.get(code) ?? 0n) + exact);
    }
  });
  if (exclusiveExact.size > 0) {
    const codes = VAT_CODES.filter((c) => exclusiveExact.has(c));
    const exact = codes.map((c) => exclusiveExact.get(c)!);
    const total = exact.reduce((a, b) => a + b, 0n) / 10000n;
    const shared = largestRemainder(total, exact, 10000n);
    codes.forEach((c, i) => { byCode.get(c)![1] += shared[i]; });
  }
  return VAT_CODES.filter((c) => byCode.has(c)).map((c) => {
    const [net, vat, reverse] = byCode.get(c)!;
    return { vatCode: c, ratePercent: ratePercent(c, terms.taxPoint), net, vat, reverseChargeVat: reverse };
  });
}
