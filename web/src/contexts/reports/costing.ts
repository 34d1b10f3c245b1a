/** Job costing as the dashboard shows it: the parts a month's value splits into, and the margin in words. */

export interface CostingTotals { staffCost: number; expensesCost: number; profit: number; margin?: number }

/** The value split into staff, expenses and profit (a loss shows no profit part: the costs are the whole bar). */
export function costingParts(t: CostingTotals): { series: string; value: number }[] {
  return [
    { series: 'Staff time', value: Math.max(0, t.staffCost) },
    { series: 'Expenses', value: Math.max(0, t.expensesCost) },
    { series: 'Profit', value: Math.max(0, t.profit) },
  ];
}

export const COSTING_SERIES = ['Staff time', 'Expenses', 'Profit'];

/** 0.3125 → "31.3%"; −0.05 → "−5.0% (a loss)"; none without a value. */
export function marginText(margin: number | undefined | null): string {
  if (margin === undefined || margin === null) return '—';
  const text = `${(Math.abs(margin) * 100).toFixed(1)}%`;
  return margin < 0 ? `−${text} (a loss)` : text;
}

/** Minutes as hours and minutes: 135 → "2 h 15 min". */
export function hoursOf(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} h` : h === 0 ? `${m} min` : `${h} h ${m} min`;
}
