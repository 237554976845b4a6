import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An entrepreneur keeps an offer to come back to it. */
@Entity('bookmarks')
export class BookmarkEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId: string;
  @PrimaryColumn({ name: 'offer_id', type: 'uuid' }) offerId: string;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
  /** Deadline reminders for this offer (the account may also turn them all off). */
  @Column({ type: 'boolean', default: true }) reminders: boolean;
}
