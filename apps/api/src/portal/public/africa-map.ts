import { countries as COUNTRY_FACTS } from 'countries-list';
import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import * as isoCountries from 'i18n-iso-countries/index';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json';

/** One country of the map: its ISO 3166-1 alpha-2 code and its outline as SVG path data. */
export interface MapCountry {
  readonly code: string;
  readonly path: string;
}

export interface AfricaMap {
  readonly width: number;
  readonly height: number;
  readonly countries: readonly MapCountry[];
}

/** Shapes the atlas draws without an ISO number, and the country they belong to. */
const UNNUMBERED: Readonly<Record<string, string>> = { Somaliland: 'SO' };

const WIDTH = 480;
const MARGIN = 4;

/** Africa per the countries-list package (UN M49 continent), Western Sahara included. */
export function isAfrican(code: string): boolean {
  return COUNTRY_FACTS[code as keyof typeof COUNTRY_FACTS]?.continent === 'AF';
}

type CountryProperties = { name?: string };

/**
 * The outlines of Africa's countries from Natural Earth 1:110m (world-atlas), Mercator fitted
 * to a 480 px wide box, coordinates rounded to a tenth of a pixel. Pure and deterministic:
 * the home page builds it once and only the colours change per request.
 */
export function buildAfricaMap(): AfricaMap {
  const topology = atlas as unknown as Topology<{
    countries: GeometryCollection<CountryProperties>;
  }>;
  const all = feature(topology, topology.objects.countries) as FeatureCollection<
    Geometry,
    CountryProperties
  >;
  const byCode = new Map<string, Array<Feature<Geometry, CountryProperties>>>();
  for (const f of all.features) {
    const code =
      f.id !== undefined
        ? isoCountries.numericToAlpha2(String(f.id))
        : UNNUMBERED[f.properties?.name ?? ''];
    if (!code || !isAfrican(code)) continue;
    byCode.set(code, [...(byCode.get(code) ?? []), f]);
  }
  const african: FeatureCollection = {
    type: 'FeatureCollection',
    features: [...byCode.values()].flat(),
  };
  const projection = geoMercator().fitWidth(WIDTH - 2 * MARGIN, african);
  const [[, y0], [, y1]] = geoPath(projection).bounds(african);
  projection.translate([
    projection.translate()[0] + MARGIN,
    projection.translate()[1] - y0 + MARGIN,
  ]);
  const draw = geoPath(projection).digits(1);
  const countries = [...byCode.entries()]
    .map(([code, features]) => ({ code, path: features.map((f) => draw(f) ?? '').join('') }))
    .filter((c) => c.path !== '')
    .sort((a, b) => a.code.localeCompare(b.code));
  return { width: WIDTH, height: Math.ceil(y1 - y0 + 2 * MARGIN), countries };
}

/** One step of the colour scale: offer counts from `min` to `max`, drawn with `level`. */
export interface ShadeStep {
  readonly min: number;
  readonly max: number;
  /** 0 for no offer, 1 (few) to LEVELS (most). */
  readonly level: number;
}

export const LEVELS = 4;

/**
 * The legend's steps for counts up to `max`: "no offer", then up to four equal ranges
 * ending at the largest count (1–21, 22–41, 42–61, 62–81 for 81). Small counts give fewer
 * steps rather than empty ones, spread over the colours so the darkest is always the most.
 */
export function shadingScale(max: number): ShadeStep[] {
  const steps: ShadeStep[] = [{ min: 0, max: 0, level: 0 }];
  if (max <= 0) return steps;
  const bounds = [
    ...new Set(Array.from({ length: LEVELS }, (_, i) => Math.ceil((max * (i + 1)) / LEVELS))),
  ];
  bounds.forEach((bound, i) => {
    steps.push({
      min: i === 0 ? 1 : bounds[i - 1] + 1,
      max: bound,
      level: Math.ceil(((i + 1) * LEVELS) / bounds.length),
    });
  });
  return steps;
}

/** The colour level of a count on a scale from `shadingScale`. */
export function levelOf(count: number, scale: readonly ShadeStep[]): number {
  return scale.find((s) => count >= s.min && count <= s.max)?.level ?? scale.at(-1)!.level;
}
