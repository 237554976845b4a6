import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The secret address of an entrepreneur's calendar of saved offers: at most one per account,
 * kept only as the SHA-256 of its token (the address is shown once, when it is made).
 */
@Entity('bookmark_calendar_tokens')
export class BookmarkCalendarTokenEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId: string;
  @Column({ name: 'token_hash', type: 'char', length: 64 }) tokenHash: string;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true }) lastUsedAt: Date | null;
}
