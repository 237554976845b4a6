import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { TaxonomyVocabulary, TermLabels } from './taxonomy.types';

@Entity('taxonomy_terms')
export class TaxonomyTermEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 16 }) vocabulary: TaxonomyVocabulary;
  @Column({ type: 'varchar', length: 64 }) code: string;
  @Column({ name: 'parent_code', type: 'varchar', length: 64, nullable: true })
  parentCode: string | null;
  @Column({ type: 'jsonb' }) labels: TermLabels;
  @Column({ type: 'int', default: 0 }) position: number;
  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true }) retiredAt: Date | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt: Date;
}

export const taxonomyEntities = [TaxonomyTermEntity];
