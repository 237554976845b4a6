import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A read-only key a partner sends to mirror the public catalogue. Only its SHA-256 is kept. */
@Entity('partner_api_keys')
export class PartnerApiKeyEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 120 }) name: string;
  @Column({ name: 'key_hash', type: 'char', length: 64 }) keyHash: string;
  /** The first characters of the key, to recognise it in a list (not enough to use it). */
  @Column({ name: 'key_prefix', type: 'varchar', length: 16 }) keyPrefix: string;
  @Column({ type: 'text', array: true }) scopes: string[];
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true }) lastUsedAt: Date | null;
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true }) revokedAt: Date | null;
  @Column({ name: 'revoked_by', type: 'uuid', nullable: true }) revokedBy: string | null;
}
