import { money } from '../../lib/format';

export interface Bar {
  label: string;
  /** The stacked parts of the bar, each with its series name and value in pence. */
  parts: { series: string; value: number }[];
}

const COLOURS = ['#2f6fad', '#e08a1e', '#3c9a5f', '#b9413b', '#7d5ba6', '#8c6d3f', '#5f7f8c', '#c2549b'];

/** A colour per series name, the same in the chart and its legend. */
export function colourOf(series: string[], name: string): string {
  return COLOURS[Math.max(0, series.indexOf(name)) % COLOURS.length];
}

/**
 * Stacked bars drawn in SVG, with a text alternative: every figure the chart shows is also in the
 * table next to it, so the chart is decoration for a screen reader (aria-hidden) and the table is the record.
 */
export function StackedBars({ bars, series, title }: { bars: Bar[]; series: string[]; title: string }) {
  const width = 640;
  const height = 220;
  const left = 70;
  const bottom = 30;
  const max = Math.max(1, ...bars.map((b) => b.parts.reduce((sum, p) => sum + p.value, 0)));
  const slot = bars.length === 0 ? 0 : (width - left) / bars.length;
  const scale = (height - bottom - 10) / max;
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title} width="100%" preserveAspectRatio="xMidYMid meet">
        <line x1={left} y1={height - bottom} x2={width} y2={height - bottom} stroke="#999" />
        <text x={left - 6} y={14} textAnchor="end" fontSize="11">{money(max)}</text>
        <text x={left - 6} y={height - bottom} textAnchor="end" fontSize="11">£0</text>
        {bars.map((bar, i) => {
          let y = height - bottom;
          return (
            <g key={bar.label}>
              {bar.parts.filter((p) => p.value > 0).map((p) => {
                const h = p.value * scale;
                y -= h;
                return <rect key={p.series} x={left + i * slot + slot * 0.15} y={y} width={slot * 0.7} height={h} fill={colourOf(series, p.series)}>
                  <title>{`${bar.label} · ${p.series}: ${money(p.value)}`}</title>
                </rect>;
              })}
              <text x={left + i * slot + slot / 2} y={height - 10} textAnchor="middle" fontSize="11">{bar.label}</text>
            </g>
          );
        })}
      </svg>
      <figcaption className="legend">
        {series.map((s) => <span key={s}><i style={{ background: colourOf(series, s) }} aria-hidden="true" /> {s}</span>)}
      </figcaption>
    </figure>
  );
}
