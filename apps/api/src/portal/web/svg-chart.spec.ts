import { barChart, escapeXml, niceScale } from './svg-chart';

const base = {
  id: 'views',
  title: 'Vues par semaine',
  description: 'Total 60 vues.',
  labels: ['1 déc.', '8 déc.', '15 déc.'],
  values: [10, 40, 10],
  format: (v: number) => String(v),
  xAxisLabel: 'Semaine',
  yAxisLabel: 'Vues',
};

const bars = (svg: string) =>
  [
    ...svg.matchAll(
      /<rect class="bar" data-label="([^"]*)" data-value="([^"]*)" x="[^"]*" y="([^"]*)" width="[^"]*" height="([^"]*)"/g,
    ),
  ].map((m) => ({ label: m[1], value: Number(m[2]), y: Number(m[3]), height: Number(m[4]) }));

describe('niceScale', () => {
  it('rounds the top up to 1, 2, 2.5 or 5 × 10ⁿ steps', () => {
    expect(niceScale(40)).toEqual({ max: 40, ticks: [0, 10, 20, 30, 40] });
    expect(niceScale(37)).toEqual({ max: 40, ticks: [0, 10, 20, 30, 40] });
    expect(niceScale(1234).max).toBe(1500);
  });

  it('keeps integer steps for small counts, and a scale of 1 when everything is 0', () => {
    expect(niceScale(3)).toEqual({ max: 3, ticks: [0, 1, 2, 3] });
    expect(niceScale(0)).toEqual({ max: 1, ticks: [0, 1] });
  });

  it('takes fractional steps for shares', () => {
    expect(niceScale(1, false)).toEqual({ max: 1, ticks: [0, 0.25, 0.5, 0.75, 1] });
  });
});

describe('barChart', () => {
  it('is an image named by its title and description', () => {
    const svg = barChart(base);
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="views-title views-desc"/);
    expect(svg).toContain('<title id="views-title">Vues par semaine</title>');
    expect(svg).toContain('<desc id="views-desc">Total 60 vues.</desc>');
  });

  it('draws one bar per value, heights in proportion, each value written', () => {
    const svg = barChart(base);
    const found = bars(svg);
    expect(found.map((b) => [b.label, b.value])).toEqual([
      ['1 déc.', 10],
      ['8 déc.', 40],
      ['15 déc.', 10],
    ]);
    expect(found[1].height).toBeCloseTo(found[0].height * 4, 0);
    for (const v of ['10', '40']) expect(svg).toMatch(new RegExp(`class="value"[^>]*>${v}<`));
    expect(svg).toContain('>Semaine</text>');
    expect(svg).toContain('>Vues</text>');
  });

  it('draws empty data as flat bars on a 0–1 scale', () => {
    const svg = barChart({ ...base, values: [0, 0, 0] });
    expect(bars(svg).every((b) => b.height === 0)).toBe(true);
    expect(svg).toMatch(/class="tick"[^>]*>1</);
    expect(barChart({ ...base, labels: [], values: [] })).toContain('<title id="views-title">');
  });

  it('keeps a fixed top for shares', () => {
    const svg = barChart({ ...base, values: [0.5, 1, 0], max: 1, format: (v) => `${v * 100} %` });
    const [half, full] = bars(svg);
    expect(full.height).toBeCloseTo(half.height * 2, 0);
    expect(svg).toMatch(/class="tick"[^>]*>100 %</);
  });

  it('escapes every text', () => {
    const svg = barChart({ ...base, title: '<script>"x"</script>', labels: ['a&b', '', ''] });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain(escapeXml('<script>"x"</script>'));
    expect(svg).toContain('data-label="a&#38;b"');
  });

  it('labels at most seven bars under the axis (every k-th), always the last', () => {
    const labels = Array.from({ length: 30 }, (_, i) => `d${i + 1}`);
    const svg = barChart({ ...base, labels, values: labels.map(() => 1) });
    const shown = [...svg.matchAll(/class="label"[^>]*>([^<]*)</g)].map((m) => m[1]);
    expect(shown.length).toBeLessThanOrEqual(8);
    expect(shown.slice(0, 2)).toEqual(['d5', 'd10']);
    expect(shown.at(-1)).toBe('d30');
  });
});
