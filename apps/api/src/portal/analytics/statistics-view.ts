import type { OfferFigures, WeekFigures } from '@app/analytics';
import type { SearchDay } from '@app/search';
import { Formatter } from '../public/format';
import { csvDocument } from '../web/csv';
import type { Translate } from '../web/i18n';
import { barChart } from '../web/svg-chart';

/** The weekly figures, in the order of the tables, charts and CSV columns. */
export const METRICS = ['views', 'applies', 'bookmarks', 'contacts', 'impressions'] as const;
export type Metric = (typeof METRICS)[number];

/** The page Formatter, with the short dates of chart axes and shares. */
export class StatsFormatter extends Formatter {
  private readonly short = new Intl.DateTimeFormat(this.lang, {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
  private readonly decimals = new Intl.NumberFormat(this.lang, { maximumFractionDigits: 1 });
  private readonly shares = new Intl.NumberFormat(this.lang, {
    style: 'percent',
    maximumFractionDigits: 1,
  });

  /** `2026-12-07` as "7 déc." (axis labels; the tables give the full date). */
  shortDate(day: string): string {
    return this.short.format(new Date(`${day}T00:00:00Z`));
  }

  decimal(value: number | null): string {
    return value === null ? '—' : this.decimals.format(value);
  }

  percent(share: number | null): string {
    return share === null ? '—' : this.shares.format(share);
  }
}

export interface ChartView {
  readonly metric: string;
  readonly title: string;
  /** The SVG markup (escaped by its builder), printed raw. */
  readonly svg: string;
}

/** One bar chart per weekly figure, their descriptions giving the total and the highest week. */
export function weekCharts(
  t: Translate,
  fmt: StatsFormatter,
  weeks: readonly WeekFigures[],
  idPrefix: string,
): ChartView[] {
  return METRICS.map((metric) => {
    const values = weeks.map((w) => w[metric]);
    const title = t('analytics.chart.title', { metric: t(`analytics.metric.${metric}`) });
    const total = values.reduce((a, b) => a + b, 0);
    const top = values.indexOf(Math.max(...values));
    const description =
      total === 0
        ? t('analytics.chart.empty')
        : t('analytics.chart.desc', {
            total: fmt.number(total),
            week: fmt.date(weeks[top].week),
            max: fmt.number(values[top]),
          });
    return {
      metric,
      title,
      svg: barChart({
        id: `${idPrefix}-${metric}`,
        title,
        description,
        labels: weeks.map((w) => fmt.shortDate(w.week)),
        values,
        format: (v) => fmt.number(v),
        xAxisLabel: t('analytics.axis.week'),
        yAxisLabel: t('analytics.axis.count'),
      }),
    };
  });
}

/** Searches per day and their share without results, as two charts. */
export function searchCharts(
  t: Translate,
  fmt: StatsFormatter,
  days: readonly SearchDay[],
): ChartView[] {
  const labels = days.map((d) => fmt.shortDate(d.day));
  const searches = days.map((d) => d.searches);
  const shares = days.map((d) => d.zeroResultRate ?? 0);
  const total = searches.reduce((a, b) => a + b, 0);
  const zero = days.reduce((a, d) => a + d.zeroResults, 0);
  const busiest = searches.indexOf(Math.max(...searches));
  const worst = shares.indexOf(Math.max(...shares));
  const searchTitle = t('analytics.search.title');
  const shareTitle = t('analytics.search.zeroTitle');
  return [
    {
      metric: 'searches',
      title: searchTitle,
      svg: barChart({
        id: 'chart-searches',
        title: searchTitle,
        description:
          total === 0
            ? t('analytics.chart.emptyDays')
            : t('analytics.chart.descDay', {
                total: fmt.number(total),
                day: fmt.date(days[busiest].day),
                max: fmt.number(searches[busiest]),
              }),
        labels,
        values: searches,
        format: (v) => fmt.number(v),
        xAxisLabel: t('analytics.axis.day'),
        yAxisLabel: t('analytics.axis.searches'),
      }),
    },
    {
      metric: 'zeroResultRate',
      title: shareTitle,
      svg: barChart({
        id: 'chart-zero-results',
        title: shareTitle,
        description:
          total === 0
            ? t('analytics.chart.emptyDays')
            : t('analytics.chart.descShare', {
                share: fmt.percent(zero / total),
                day: fmt.date(days[worst].day),
                max: fmt.percent(shares[worst]),
              }),
        labels,
        values: shares,
        max: 1,
        format: (v) => fmt.percent(v),
        xAxisLabel: t('analytics.axis.day'),
        yAxisLabel: t('analytics.axis.share'),
      }),
    },
  ];
}

/** The column headings shared by the tables and the CSV files. */
export function figureHeadings(t: Translate): string[] {
  return [...METRICS.map((m) => t(`analytics.metric.${m}`)), t('analytics.metric.averagePosition')];
}

/** A row's figures as plain CSV values (numbers unformatted, so spreadsheets compute). */
function csvFigures(f: OfferFigures): Array<string | number> {
  return [...METRICS.map((m) => f[m]), f.averagePosition ?? ''];
}

/** The weekly table as CSV: the week's Monday (ISO date, for spreadsheets), then the figures. */
export function weeksCsv(t: Translate, weeks: readonly WeekFigures[]): string {
  return csvDocument([
    [t('analytics.col.week'), ...figureHeadings(t)],
    ...weeks.map((w) => [w.week, ...csvFigures(w)]),
  ]);
}

export interface OfferCsvRow extends OfferFigures {
  readonly title: string;
  readonly url: string;
}

/** The per-offer table as CSV: title, public address, figures. */
export function offersCsv(t: Translate, offers: readonly OfferCsvRow[]): string {
  return csvDocument([
    [t('analytics.col.offer'), t('analytics.col.url'), ...figureHeadings(t)],
    ...offers.map((o) => [o.title, o.url, ...csvFigures(o)]),
  ]);
}
