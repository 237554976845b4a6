import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { Language } from '@app/identity';
import type { AlertFrequency, SavedSearchQuery } from './saved-search.types';

/** A search kept by an account, or an alert without an account (e-mail, pending until confirmed). */
@Entity('saved_searches')
export class SavedSearchEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'user_id', type: 'uuid', nullable: true }) userId: string | null;
  @Column({ type: 'varchar', length: 254, nullable: true }) email: string | null;
  @Column({ type: 'varchar', length: 2, nullable: true }) language: Language | null;
  @Column({ type: 'varchar', length: 120 }) name: string;
  @Column({ type: 'jsonb' }) query: SavedSearchQuery;
  @Column({ type: 'varchar', length: 8 }) frequency: AlertFrequency;
  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true }) confirmedAt: Date | null;
  @Column({ name: 'confirm_token_hash', type: 'char', length: 64, nullable: true })
  confirmTokenHash: string | null;
  @Column({ name: 'confirm_expires_at', type: 'timestamptz', nullable: true })
  confirmExpiresAt: Date | null;
  @Column({ name: 'watch_from', type: 'timestamptz', default: () => 'now()' }) watchFrom: Date;
  @Column({ name: 'last_checked_at', type: 'timestamptz', nullable: true })
  lastCheckedAt: Date | null;
  @Column({ name: 'last_alert_at', type: 'timestamptz', nullable: true }) lastAlertAt: Date | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt: Date;
}

/** An offer an alert already e-mailed for a saved search: never again for that search. */
@Entity('saved_search_sent_offers')
export class SavedSearchSentOfferEntity {
  @PrimaryColumn({ name: 'saved_search_id', type: 'uuid' }) savedSearchId: string;
  @PrimaryColumn({ name: 'offer_id', type: 'uuid' }) offerId: string;
  @Column({ name: 'sent_at', type: 'timestamptz', default: () => 'now()' }) sentAt: Date;
}

export const savedSearchEntities = [SavedSearchEntity, SavedSearchSentOfferEntity];
