import type { EntrepreneurProfileView, ShareableProfileField } from '../profile/profile.types';
import type { ContactRequestStatus } from './contact-request-state';

/** The profile fields the entrepreneur chose to share, as they were when the request was sent. */
export type SharedProfileFields = Partial<Pick<EntrepreneurProfileView, ShareableProfileField>>;

export interface ContactRequestInput {
  readonly subject?: string | null;
  readonly message: string;
  readonly sharedFields?: readonly ShareableProfileField[];
  /** Copy the account's e-mail into the request so the organisation can answer directly. */
  readonly shareEmail?: boolean;
}

/** What the organisation's members see of a request addressed to it. */
export interface ReceivedContactRequestView {
  readonly id: string;
  readonly organisationId: string;
  readonly offer: { readonly id: string | null; readonly title: string };
  readonly sender: {
    readonly displayName: string;
    /** Only when the entrepreneur chose to share it; null after erasure. */
    readonly email: string | null;
    /** The entrepreneur erased their account: the personal snapshot is gone, the message stays. */
    readonly accountErased: boolean;
  };
  readonly subject: string | null;
  readonly message: string;
  readonly sharedFields: SharedProfileFields;
  readonly status: ContactRequestStatus;
  readonly declineReason: string | null;
  /** The organisation's written answer, as sent (the latest one), and when it was sent. */
  readonly answer: string | null;
  readonly answeredAt: Date | null;
  readonly createdAt: Date;
  readonly statusChangedAt: Date | null;
}

/** What the entrepreneur sees of a request they sent. */
export interface SentContactRequestView {
  readonly id: string;
  readonly organisation: { readonly id: string; readonly name: string };
  readonly offer: { readonly id: string | null; readonly title: string };
  readonly subject: string | null;
  readonly message: string;
  readonly sharedFields: SharedProfileFields;
  readonly emailShared: boolean;
  readonly status: ContactRequestStatus;
  /** The organisation's reason, when it declined. */
  readonly declineReason: string | null;
  /** The organisation's written answer, as sent (the latest one), and when it was sent. */
  readonly answer: string | null;
  readonly answeredAt: Date | null;
  readonly createdAt: Date;
  readonly statusChangedAt: Date | null;
}
