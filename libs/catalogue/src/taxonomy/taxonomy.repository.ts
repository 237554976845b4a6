import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, Not, type EntityManager } from 'typeorm';
import { TaxonomyTermEntity } from './taxonomy-term.entity';
import type { TaxonomyVocabulary, TermLabels } from './taxonomy.types';

@Injectable()
export class TaxonomyRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** The whole taxonomy: a few hundred rows at most, read at once and cached by the service. */
  all(): Promise<TaxonomyTermEntity[]> {
    return this.db.getRepository(TaxonomyTermEntity).find();
  }

  find(vocabulary: TaxonomyVocabulary, code: string): Promise<TaxonomyTermEntity | null> {
    return this.db.getRepository(TaxonomyTermEntity).findOneBy({ vocabulary, code });
  }

  /** Row-locked, so concurrent label edits merge instead of overwriting each other. */
  findForUpdate(
    vocabulary: TaxonomyVocabulary,
    code: string,
    m: EntityManager,
  ): Promise<TaxonomyTermEntity | null> {
    return m.getRepository(TaxonomyTermEntity).findOne({
      where: { vocabulary, code },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** Just after the last sibling (same vocabulary and parent), in steps of 10. */
  async nextPosition(vocabulary: TaxonomyVocabulary, parentCode: string | null): Promise<number> {
    const [row] = (await this.db.query(
      `SELECT coalesce(max(position), 0) + 10 AS next FROM taxonomy_terms
        WHERE vocabulary = $1 AND parent_code IS NOT DISTINCT FROM $2`,
      [vocabulary, parentCode],
    )) as Array<{ next: number }>;
    return Number(row.next);
  }

  /** Null when the code is taken in that vocabulary (nothing is written then). */
  async insert(data: {
    vocabulary: TaxonomyVocabulary;
    code: string;
    parentCode: string | null;
    labels: TermLabels;
    position: number;
  }): Promise<TaxonomyTermEntity | null> {
    const result = await this.db
      .createQueryBuilder()
      .insert()
      .into(TaxonomyTermEntity)
      .values(data)
      .orIgnore()
      .returning(['id'])
      .execute();
    const id = (result.raw as Array<{ id: string }>)[0]?.id;
    return id ? this.db.getRepository(TaxonomyTermEntity).findOneBy({ id }) : null;
  }

  async update(
    id: string,
    changes: { labels: TermLabels; position: number },
    m: EntityManager,
  ): Promise<void> {
    await m
      .getRepository(TaxonomyTermEntity)
      .update({ id }, { ...changes, updatedAt: () => 'now()' });
  }

  /** Idempotent: a retired term keeps its first retirement date. */
  async retire(vocabulary: TaxonomyVocabulary, code: string): Promise<void> {
    await this.db
      .getRepository(TaxonomyTermEntity)
      .update(
        { vocabulary, code, retiredAt: IsNull() },
        { retiredAt: () => 'now()', updatedAt: () => 'now()' },
      );
  }

  async unretire(vocabulary: TaxonomyVocabulary, code: string): Promise<void> {
    await this.db
      .getRepository(TaxonomyTermEntity)
      .update(
        { vocabulary, code, retiredAt: Not(IsNull()) },
        { retiredAt: null, updatedAt: () => 'now()' },
      );
  }
}
