/**
 * The previous search engine (PostgresSearchEngine of `libs/search/src/postgres/`, as it stood
 * before issue 11), frozen here so the benchmark can measure it side by side with its successor
 * after the project removes it. Same SQL, over its own tables (`baseline_search_documents`,
 * `baseline_search_vocabulary`), text-search configurations and unaccent wrapper, created by
 * baseline-schema.ts. Not a Nest provider: the benchmark constructs it on a data source.
 */
import type { DataSource, EntityManager } from 'typeorm';
import type {
  FacetName,
  SearchDocument,
  SearchEngine,
  SearchHit,
  SearchLanguage,
  SearchQuery,
  SearchResult,
  Suggestion,
} from '@app/search';
import {
  filterConditions,
  fitExpression,
  Params,
  queryWords,
  SIMPLE_CONFIG,
  TS_CONFIGS,
  tsqueryExpression,
  whereClause,
  type FilterKey,
} from './baseline-sql';

// The port's lists as they stood, kept here so that a process running only the baseline does
// not load @app/search (its Nest modules): its start time is then the engine's own.
const FACETS: readonly FacetName[] = [
  'category',
  'sector',
  'stage',
  'targetCountry',
  'residenceCountry',
  'deliveryLanguage',
  'format',
];
const SEARCH_LANGUAGES: readonly SearchLanguage[] = ['fr', 'en', 'pt', 'ar'];

/** Relevance first, then profile fit, then quality — blended numerically (PostgreSQL can add scores). */
const FIT_WEIGHT = 0.25;
const QUALITY_WEIGHT = 0.1;
/** Matches ranked per query; deeper pages fall back to this set (nobody pages past 50 × 20 hits). */
const CANDIDATE_CAP = 1000;
/**
 * Broad words match most of the catalogue: only the best offers by quality are text-ranked
 * (ts_rank reads each tsvector), so a query's cost stops growing with the catalogue.
 */
const PRE_RANK_CAP = 3000;
/** A corrected word must be at least this close (pg_trgm similarity) to the typed one. */
const TYPO_SIMILARITY = 0.4;

const FACET_COLUMNS: Record<FacetName, { column: string; key: FilterKey; array: boolean }> = {
  category: { column: 'category_codes', key: 'category', array: true },
  sector: { column: 'sector_codes', key: 'sector', array: true },
  stage: { column: 'stage_codes', key: 'stage', array: true },
  targetCountry: { column: 'target_countries', key: 'targetCountry', array: true },
  residenceCountry: { column: 'residence_countries', key: 'residenceCountry', array: true },
  deliveryLanguage: { column: 'delivery_languages', key: 'deliveryLanguage', array: true },
  format: { column: 'format', key: 'format', array: false },
};

const MARK_START = '\u0001';
const MARK_END = '\u0002';

/**
 * Search on PostgreSQL: weighted tsvectors through unaccent text-search configurations per
 * language (titles A, labels/countries/organisation B, summaries B, descriptions C),
 * websearch_to_tsquery with a prefix on the last word, typo correction through a pg_trgm
 * vocabulary of indexed words, ranking blended from text rank, profile fit and quality over
 * a capped candidate set, and facet counts in one statement.
 */
// `name` is left out of the port: its union of engine names may drop 'postgres'.
export class BaselineSearchEngine implements Omit<SearchEngine, 'name'> {
  readonly name = 'postgres-baseline' as const;

  constructor(private readonly db: DataSource) {}

  async prepare(): Promise<void> {
    // The schema comes from baseline-schema.ts; nothing to create at start.
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    if (documents.length === 0) return;
    const text = (field: string) => `coalesce(d->>'${field}', '')`;
    const list = (field: string) =>
      `coalesce((SELECT string_agg(x, ' ') FROM jsonb_array_elements_text(d->'${field}') x), '')`;
    const arr = (field: string) => `ARRAY(SELECT jsonb_array_elements_text(d->'${field}'))`;
    const perLanguage = (field: string, weight: string) =>
      Object.entries(TS_CONFIGS)
        .map(
          ([lang, config]) =>
            `setweight(to_tsvector('${config}', ${text(`${field}_${lang}`)}), '${weight}')`,
        )
        .join(' || ');
    const labels = `concat_ws(' ', d->>'organisationName', ${list('categoryLabels')}, ${list('sectorLabels')}, ${list('stageLabels')}, ${list('countryNames')}, ${list('tags')})`;
    await this.db.transaction(async (m) => {
      await m.query(
        `INSERT INTO baseline_search_documents AS s (id, document, fingerprint, category_codes, sector_codes, stage_codes,
           residence_countries, target_countries, delivery_languages, format, free, funding_max_eur,
           organisation_verified, diaspora_only, rolling, deadline_ts, opens_ts, published_ts, quality_score,
           organisation_name, suggest_text, tsv)
         SELECT (d->>'id')::uuid, d, d->>'fingerprint', ${arr('categoryCodes')}, ${arr('sectorCodes')}, ${arr('stageCodes')},
           ${arr('residenceCountries')}, ${arr('targetCountries')}, ${arr('deliveryLanguages')}, d->>'format',
           (d->>'free')::boolean, (d->>'fundingMaxEur')::bigint, (d->>'organisationVerified')::boolean,
           (d->>'diasporaOnly')::boolean, (d->>'rolling')::boolean, (d->>'deadlineTs')::bigint, (d->>'opensTs')::bigint,
           (d->>'publishedTs')::bigint, (d->>'qualityScore')::smallint, d->>'organisationName',
           baseline_unaccent(lower(concat_ws(' ', d->>'title_fr', d->>'title_en', d->>'title_pt', d->>'title_ar'))),
           ${perLanguage('title', 'A')} || setweight(to_tsvector('${SIMPLE_CONFIG}', ${labels}), 'B')
             || ${perLanguage('summary', 'B')} || ${perLanguage('description', 'C')}
           FROM jsonb_array_elements($1::jsonb) d
         ON CONFLICT (id) DO UPDATE SET document = EXCLUDED.document, fingerprint = EXCLUDED.fingerprint,
           category_codes = EXCLUDED.category_codes, sector_codes = EXCLUDED.sector_codes, stage_codes = EXCLUDED.stage_codes,
           residence_countries = EXCLUDED.residence_countries, target_countries = EXCLUDED.target_countries,
           delivery_languages = EXCLUDED.delivery_languages, format = EXCLUDED.format, free = EXCLUDED.free,
           funding_max_eur = EXCLUDED.funding_max_eur, organisation_verified = EXCLUDED.organisation_verified,
           diaspora_only = EXCLUDED.diaspora_only, rolling = EXCLUDED.rolling, deadline_ts = EXCLUDED.deadline_ts,
           opens_ts = EXCLUDED.opens_ts, published_ts = EXCLUDED.published_ts, quality_score = EXCLUDED.quality_score,
           organisation_name = EXCLUDED.organisation_name, suggest_text = EXCLUDED.suggest_text, tsv = EXCLUDED.tsv`,
        [JSON.stringify(documents)],
      );
      await this.addToVocabulary(
        m,
        documents.map((d) => d.id),
      );
    });
  }

  /** Words the typo corrector may propose: every word of the indexed texts, unaccented. */
  private async addToVocabulary(m: EntityManager, ids: string[] | null): Promise<void> {
    await m.query(
      `INSERT INTO baseline_search_vocabulary AS v (word, documents)
         SELECT word, count(*) FROM (
           SELECT DISTINCT s.id, w.word
             FROM baseline_search_documents s,
                  unnest(tsvector_to_array(to_tsvector('${SIMPLE_CONFIG}', concat_ws(' ',
                    s.document->>'title_fr', s.document->>'summary_fr', s.document->>'description_fr',
                    s.document->>'title_en', s.document->>'summary_en', s.document->>'description_en',
                    s.document->>'title_pt', s.document->>'summary_pt', s.document->>'description_pt',
                    s.document->>'title_ar', s.document->>'summary_ar', s.document->>'description_ar',
                    s.organisation_name, (SELECT string_agg(x, ' ') FROM jsonb_array_elements_text(s.document->'countryNames') x),
                    (SELECT string_agg(x, ' ') FROM jsonb_array_elements_text(s.document->'categoryLabels') x))))) AS w(word)
            WHERE ($1::uuid[] IS NULL OR s.id = ANY($1::uuid[])) AND length(w.word) >= 3
         ) words GROUP BY word
         ON CONFLICT (word) DO UPDATE SET documents = GREATEST(v.documents, EXCLUDED.documents)`,
      [ids],
    );
  }

  async delete(ids: string[]): Promise<void> {
    if (ids.length)
      await this.db.query(`DELETE FROM baseline_search_documents WHERE id = ANY($1::uuid[])`, [
        ids,
      ]);
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const q = query.q?.trim() ? await this.correctTypos(query.q.trim()) : '';
    const p = new Params();
    const conditions = filterConditions(query.filters, query.today, p);
    const fit = fitExpression(query.profile, p);
    const tsq = q ? tsqueryExpression(q, p) : undefined;
    const textMatch = tsq ? 'd.tsv @@ q.tsq' : 'true';
    const rank = tsq ? 'ts_rank_cd(d.tsv, q.tsq, 32)' : '0';
    const score = `(${rank} + ${FIT_WEIGHT} * ${fit} + ${QUALITY_WEIGHT} * d.quality_score / 100.0)`;
    const order =
      query.sort === 'deadline'
        ? 'd.deadline_ts ASC, score DESC, d.id'
        : query.sort === 'newest'
          ? 'd.published_ts DESC, d.id'
          : 'score DESC, d.published_ts DESC, d.id';
    const capped = !!tsq && query.sort === 'relevance';
    const limit = p.add(query.limit);
    const offset = p.add(query.offset);
    // The count comes back even for an empty page (past the end), in the same statement.
    const rows: Array<{ id: string | null; document: SearchDocument; fit: number; total: string }> =
      await this.db.query(
        `WITH q AS (SELECT ${tsq ?? `''::tsquery`} AS tsq),
         ${
           capped
             ? `pre AS (
           SELECT d.id FROM baseline_search_documents d, q
            WHERE ${textMatch} AND ${whereClause(conditions)}
            ORDER BY d.quality_score DESC, d.id LIMIT ${PRE_RANK_CAP}
         ),`
             : ''
         }
         matched AS (
           -- Scores and sort keys only: the jsonb documents are read for the page alone.
           SELECT d.id, d.deadline_ts, d.published_ts, ${fit} AS fit, ${score} AS score
             FROM baseline_search_documents d ${capped ? 'JOIN pre USING (id)' : ''}, q
            WHERE ${textMatch} AND ${whereClause(conditions)}
            ${capped ? `ORDER BY ${rank} DESC LIMIT ${CANDIDATE_CAP}` : ''}
         ),
         counted AS (SELECT count(*) AS total FROM baseline_search_documents d, q WHERE ${textMatch} AND ${whereClause(conditions)}),
         page AS (
           SELECT d.id, d.fit, row_number() OVER (ORDER BY ${order}) AS position
             FROM matched d ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}
         )
         SELECT page.id, s.document, page.fit, counted.total
           FROM counted LEFT JOIN page ON true LEFT JOIN baseline_search_documents s ON s.id = page.id
          ORDER BY page.position`,
        p.values,
      );
    const total = rows.length ? Number(rows[0].total) : 0;
    const found = rows.filter((r): r is typeof r & { id: string } => r.id !== null);
    const facets = await this.facets(q, query);
    const hits = await this.highlight(found, q, query.lang);
    return { hits, total, facets, totalIsExact: true, facetsAreExact: true };
  }

  /**
   * All facets in one statement: the text match and the non-facet filters are applied once
   * (a materialised set of the facet columns), then each count leaves its own facet's filter out.
   */
  private async facets(q: string, query: SearchQuery): Promise<SearchResult['facets']> {
    const p = new Params();
    const conditions = filterConditions(query.filters, query.today, p);
    const tsq = q ? tsqueryExpression(q, p) : undefined;
    const textMatch = tsq ? 'd.tsv @@ q.tsq' : 'true';
    const other = (conditions.get('other') ?? []).join(' AND ') || 'true';
    const facetOnly = new Map([...conditions].filter(([k]) => k !== 'other'));
    const branches = FACETS.map((facet) => {
      const { column, key, array } = FACET_COLUMNS[facet];
      const value = array ? `unnest(d.${column})` : `d.${column}`;
      return `SELECT '${facet}' AS facet, v AS value, count(*)::int AS n
                FROM (SELECT ${value} AS v FROM base d WHERE ${whereClause(facetOnly, key)}) x
               GROUP BY v`;
    });
    const columns = Object.values(FACET_COLUMNS)
      .map((c) => `d.${c.column}`)
      .join(', ');
    const rows: Array<{ facet: FacetName; value: string; n: number }> = await this.db.query(
      `WITH q AS (SELECT ${tsq ?? `''::tsquery`} AS tsq),
       base AS MATERIALIZED (SELECT ${columns} FROM baseline_search_documents d, q WHERE ${textMatch} AND ${other})
       ${branches.join(' UNION ALL ')}`,
      p.values,
    );
    const out = Object.fromEntries(
      FACETS.map((f) => [f, {} as Record<string, number>]),
    ) as SearchResult['facets'];
    for (const row of rows) out[row.facet][row.value] = row.n;
    return out;
  }

  /** Snippets for the page's hits only, in the language that matched (ts_headline is costly on long texts). */
  private async highlight(
    rows: Array<{ id: string; document: SearchDocument; fit: number }>,
    q: string,
    lang: SearchLanguage,
  ): Promise<SearchHit[]> {
    if (rows.length === 0) return [];
    const order = [lang, ...SEARCH_LANGUAGES.filter((l) => l !== lang)];
    const choose = (d: SearchDocument, matches: Record<string, boolean>) =>
      order.find((l) => d[`title_${l}`] && matches[l]) ??
      order.find((l) => d[`title_${l}`]) ??
      'fr';
    if (!q) {
      return rows.map((r) => {
        const l = choose(r.document, {});
        return {
          document: r.document,
          matchedLanguage: l,
          highlight: {
            title: escapeHtml(r.document[`title_${l}`] ?? ''),
            summary: escapeHtml(r.document[`summary_${l}`] ?? ''),
          },
          profileMatch: Number(r.fit) > 0,
          matches: [],
        };
      });
    }
    const p = new Params();
    const ids = p.add(rows.map((r) => r.id));
    const selects = SEARCH_LANGUAGES.map((l) => {
      const config = TS_CONFIGS[l];
      const tq = tsqueryExpression(q, p);
      const options = `'StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true'`;
      return `to_tsvector('${config}', coalesce(s.document->>'title_${l}', '') || ' ' || coalesce(s.document->>'summary_${l}', '')) @@ (${tq}) AS match_${l},
              ts_headline('${config}', coalesce(s.document->>'title_${l}', ''), ${tq}, ${options}) AS title_${l},
              ts_headline('${config}', coalesce(s.document->>'summary_${l}', ''), ${tq}, ${options}) AS summary_${l}`;
    });
    const marked: Array<Record<string, string | boolean>> = await this.db.query(
      `SELECT s.id, ${selects.join(', ')} FROM baseline_search_documents s WHERE s.id = ANY(${ids}::uuid[])`,
      p.values,
    );
    const byId = new Map(marked.map((m) => [m.id as string, m]));
    return rows.map((r) => {
      const m = byId.get(r.id) ?? {};
      const l = choose(
        r.document,
        Object.fromEntries(SEARCH_LANGUAGES.map((x) => [x, m[`match_${x}`] === true])),
      );
      return {
        document: r.document,
        matchedLanguage: l,
        highlight: {
          title: markup(String(m[`title_${l}`] ?? '')),
          summary: markup(String(m[`summary_${l}`] ?? '')),
        },
        profileMatch: Number(r.fit) > 0,
        matches: [],
      };
    });
  }

  /**
   * Replaces each word that no indexed text contains by the closest indexed word (pg_trgm),
   * so `finacement` searches `financement`. The last word is kept when it starts an indexed word.
   */
  private async correctTypos(q: string): Promise<string> {
    const words = queryWords(q).filter((w) => [...w].length >= 4 && !/^\d+$/.test(w));
    if (words.length === 0) return q;
    const last = queryWords(q).at(-1);
    const rows: Array<{ word: string; correction: string | null }> = await this.db.query(
      `SELECT w.word,
              (SELECT v.word FROM baseline_search_vocabulary v
                WHERE similarity(v.word, baseline_unaccent(w.word)) >= $3
                ORDER BY v.word <-> baseline_unaccent(w.word), v.documents DESC LIMIT 1) AS correction
         FROM unnest($1::text[]) AS w(word)
        WHERE NOT EXISTS (SELECT 1 FROM baseline_search_vocabulary v WHERE v.word = baseline_unaccent(w.word))
          AND NOT (w.word = $2 AND EXISTS (
                SELECT 1 FROM baseline_search_vocabulary v WHERE v.word LIKE baseline_unaccent(w.word) || '%'))`,
      [words, last, TYPO_SIMILARITY],
    );
    let corrected = q;
    for (const { word, correction } of rows) {
      if (correction)
        corrected = corrected.replace(
          new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'giu'),
          correction,
        );
    }
    return corrected;
  }

  async suggest(prefix: string, lang: SearchLanguage, limit: number): Promise<Suggestion[]> {
    const norm = prefix.trim().toLowerCase();
    if (!norm) return [];
    const rows: Array<{ kind: 'offer' | 'organisation'; text: string; value: string }> =
      await this.db.query(
        `(SELECT 'offer' AS kind, coalesce(document->>('title_' || $3), document->>'title_fr', document->>'title_en',
                document->>'title_pt', document->>'title_ar') AS text, document->>'slug' AS value
          FROM baseline_search_documents
         WHERE suggest_text LIKE '%' || baseline_unaccent($1) || '%'
         ORDER BY (suggest_text LIKE baseline_unaccent($1) || '%') DESC, quality_score DESC LIMIT $2)
       UNION ALL
       (SELECT DISTINCT ON (organisation_name) 'organisation', organisation_name, document->>'organisationId'
          FROM baseline_search_documents
         WHERE baseline_unaccent(lower(organisation_name)) LIKE '%' || baseline_unaccent($1) || '%'
         ORDER BY organisation_name LIMIT $2)`,
        [escapeLike(norm), limit, lang],
      );
    return rows.map((r) => ({ kind: r.kind, text: r.text, value: r.value }));
  }

  async indexedFingerprints(): Promise<Map<string, string>> {
    const rows: Array<{ id: string; fingerprint: string }> = await this.db.query(
      `SELECT id, fingerprint FROM baseline_search_documents`,
    );
    return new Map(rows.map((r) => [r.id, r.fingerprint]));
  }

  /** Upserts every batch, then drops what was not seen: searchers keep results all along. */
  async rebuild(
    batches: AsyncIterable<SearchDocument[]>,
    onProgress?: (done: number) => void,
  ): Promise<void> {
    const seen: string[] = [];
    let done = 0;
    for await (const batch of batches) {
      await this.upsert(batch);
      seen.push(...batch.map((d) => d.id));
      done += batch.length;
      onProgress?.(done);
    }
    await this.db.transaction(async (m) => {
      await m.query(`DELETE FROM baseline_search_documents WHERE NOT (id = ANY($1::uuid[]))`, [
        seen,
      ]);
      // Words of offers that left the index go too.
      await m.query(`TRUNCATE baseline_search_vocabulary`);
      await this.addToVocabulary(m, null);
    });
  }

  async isHealthy(): Promise<boolean> {
    try {
      await this.db.query('SELECT 1 FROM baseline_search_documents LIMIT 1');
      return true;
    } catch {
      return false;
    }
  }
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Escapes the text, then turns the control-character marks ts_headline inserted into <mark>. */
function markup(text: string): string {
  return escapeHtml(text).replaceAll(MARK_START, '<mark>').replaceAll(MARK_END, '</mark>');
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
