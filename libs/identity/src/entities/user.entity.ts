import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export const LANGUAGES = ['fr', 'en', 'pt', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];
export const ACCOUNT_KINDS = ['entrepreneur', 'organisation_member', 'admin'] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];
export const ACCOUNT_STATUSES = ['active', 'disabled', 'deleted'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** citext: unique whatever the case. Null once the account is erased. */
  @Column({ type: 'citext', nullable: true }) email: string | null;
  @Column({ name: 'password_hash', type: 'text', nullable: true }) passwordHash: string | null;
  @Column({ name: 'display_name', type: 'text' }) displayName: string;
  @Column({ name: 'preferred_language', type: 'varchar', length: 2 }) preferredLanguage: Language;
  @Column({ type: 'varchar', length: 24 }) kind: AccountKind;
  @Column({ type: 'varchar', length: 16 }) status: AccountStatus;
  @Column({ name: 'email_verified_at', type: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true }) deletedAt: Date | null;
}
