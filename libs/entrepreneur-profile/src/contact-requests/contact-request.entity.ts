import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ContactRequestStatus } from './contact-request-state';

/** One message from an entrepreneur to the organisation behind an offer, with its snapshot. */
@Entity('contact_requests')
export class ContactRequestEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  /** Null only if the offer row was deleted; the title snapshot stays. */
  @Column({ name: 'offer_id', type: 'uuid', nullable: true }) offerId: string | null;
  @Column({ name: 'offer_title', type: 'text' }) offerTitle: string;
  /** Null once the sender erased their account. */
  @Column({ name: 'sender_id', type: 'uuid', nullable: true }) senderId: string | null;
  @Column({ name: 'sender_display_name', type: 'text' }) senderDisplayName: string;
  /** Only when the sender chose to share it. */
  @Column({ name: 'sender_email', type: 'text', nullable: true }) senderEmail: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) subject: string | null;
  @Column({ type: 'text' }) message: string;
  /** The chosen profile fields, copied at sending time: exactly the keys chosen. */
  @Column({ name: 'shared_fields', type: 'jsonb' }) sharedFields: Record<string, unknown>;
  @Column({ type: 'varchar', length: 16 }) status: ContactRequestStatus;
  @Column({ name: 'decline_reason', type: 'text', nullable: true }) declineReason: string | null;
  /** The organisation's written answer (plain text, as given); the latest one sent. */
  @Column({ type: 'text', nullable: true }) answer: string | null;
  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true }) answeredAt: Date | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'status_changed_at', type: 'timestamptz', nullable: true })
  statusChangedAt: Date | null;
  @Column({ name: 'sender_erased_at', type: 'timestamptz', nullable: true })
  senderErasedAt: Date | null;
}

export const contactRequestEntities = [ContactRequestEntity];
