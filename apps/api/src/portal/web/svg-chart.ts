/**
 * Server-rendered bar charts: an `<svg role="img">` named by its `<title>` and described by
 * its `<desc>` (what a screen reader reads out), with axis labels and each bar's value written
 * above it, so the picture needs no script and says the same as the table beside it.
 */
export interface BarChartInput {
  /** Unique on the page: the ids of the title and description derive from it. */
  readonly id: string;
  readonly title: string;
  /** One or two sentences with what the chart shows (totals, the highest bar). */
  readonly description: string;
  /** The label under each bar, already formatted for the page. */
  readonly labels: readonly string[];
  readonly values: readonly number[];
  /** Formats a value (bar labels and the vertical axis). */
  readonly format: (value: number) => string;
  readonly xAxisLabel: string;
  readonly yAxisLabel: string;
  /** A fixed top of the scale (1 for shares); else a round number above the highest value. */
  readonly max?: number;
}

const WIDTH = 640;
const HEIGHT = 280;
const LEFT = 64;
const RIGHT = 12;
const TOP = 24;
const BOTTOM = 64;
const PLOT_W = WIDTH - LEFT - RIGHT;
const PLOT_H = HEIGHT - TOP - BOTTOM;
/** At most this many labels under the bars (one every k bars beyond it). */
const MAX_X_LABELS = 7;

export interface Scale {
  readonly max: number;
  readonly ticks: number[];
}

/**
 * A round top of the scale for `highest` (1, 2, 2.5 or 5 × 10ⁿ steps, about four of them) and its
 * ticks from 0. With `integers`, steps are at least 1 (counts have no halves).
 */
export function niceScale(highest: number, integers = true, wanted = 4): Scale {
  const top = Number.isFinite(highest) && highest > 0 ? highest : 1;
  const rough = top / wanted;
  const power = 10 ** Math.floor(Math.log10(rough));
  // 2.5 only where it stays a whole number of the unit (25, 250…; 0.25 for shares).
  const multiples = integers && power < 10 ? [1, 2, 5, 10] : [1, 2, 2.5, 5, 10];
  let step = multiples.map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  if (integers) step = Math.max(1, Math.round(step));
  const max = Math.ceil(top / step) * step;
  const ticks: number[] = [];
  for (let v = 0; v <= max + step / 2; v += step) ticks.push(Math.round(v * 1e9) / 1e9);
  return { max, ticks };
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const n = (value: number) => (Math.round(value * 10) / 10).toString();

export function barChart(input: BarChartInput): string {
  const count = input.values.length;
  const integers = input.max === undefined && input.values.every((v) => Number.isInteger(v));
  const scale =
    input.max !== undefined
      ? niceScale(input.max, false)
      : niceScale(Math.max(0, ...input.values), integers);
  const y = (value: number) => TOP + PLOT_H - (Math.max(0, value) / scale.max) * PLOT_H;
  const slot = count ? PLOT_W / count : PLOT_W;
  const barWidth = Math.max(2, slot * 0.7);
  const every = Math.max(1, Math.ceil(count / MAX_X_LABELS));
  const titleId = `${input.id}-title`;
  const descId = `${input.id}-desc`;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="${escapeXml(input.id)}" role="img" aria-labelledby="${escapeXml(titleId)} ${escapeXml(descId)}" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="100%" direction="ltr" font-size="13" font-family="inherit">`,
    `<title id="${escapeXml(titleId)}">${escapeXml(input.title)}</title>`,
    `<desc id="${escapeXml(descId)}">${escapeXml(input.description)}</desc>`,
  ];
  // Horizontal grid lines with the scale's values.
  for (const tick of scale.ticks) {
    const ty = n(y(tick));
    out.push(
      `<line class="grid" x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${ty}" y2="${ty}" stroke="#c8c8c8" stroke-width="1"/>`,
      `<text class="tick" x="${LEFT - 6}" y="${ty}" dy="4" text-anchor="end" fill="#333">${escapeXml(input.format(tick))}</text>`,
    );
  }
  input.values.forEach((value, i) => {
    const x = LEFT + i * slot + (slot - barWidth) / 2;
    const top = y(value);
    const height = TOP + PLOT_H - top;
    const label = input.labels[i] ?? '';
    out.push(
      `<rect class="bar" data-label="${escapeXml(label)}" data-value="${value}" x="${n(x)}" y="${n(top)}" width="${n(barWidth)}" height="${n(height)}" fill="#1d5fa8"/>`,
      `<text class="value" x="${n(x + barWidth / 2)}" y="${n(top - 4)}" text-anchor="middle" font-size="${slot < 30 ? 9 : 11}" fill="#222">${escapeXml(input.format(value))}</text>`,
    );
    // Counted from the last bar (the current week or day), which always has its label.
    if ((count - 1 - i) % every === 0)
      out.push(
        `<text class="label" x="${n(x + barWidth / 2)}" y="${TOP + PLOT_H + 16}" text-anchor="middle" fill="#333">${escapeXml(label)}</text>`,
      );
  });
  out.push(
    `<line class="axis" x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${TOP + PLOT_H}" y2="${TOP + PLOT_H}" stroke="#333" stroke-width="1"/>`,
    `<text class="axis-label" x="${LEFT + PLOT_W / 2}" y="${HEIGHT - 12}" text-anchor="middle" fill="#333">${escapeXml(input.xAxisLabel)}</text>`,
    `<text class="axis-label" x="14" y="${TOP + PLOT_H / 2}" text-anchor="middle" fill="#333" transform="rotate(-90 14 ${TOP + PLOT_H / 2})">${escapeXml(input.yAxisLabel)}</text>`,
    '</svg>',
  );
  return out.join('');
}
