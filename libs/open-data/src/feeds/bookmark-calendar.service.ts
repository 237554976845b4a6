import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AppError, NotFoundError } from '@app/core';
import { BookmarksService, type BookmarkView } from '@app/entrepreneur-profile';
import {
  hashToken,
  newOpaqueToken,
  PersonalDataRegistry,
  type AuthenticatedUser,
} from '@app/identity';
import { BookmarkCalendarTokenRepository } from './bookmark-calendar-token.repository';

/** The most saved offers one calendar lists (newest saved first). */
export const MAX_CALENDAR_BOOKMARKS = 500;
/** A token as it appears in an address: 43 URL-safe base64 characters (256 bits). */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export interface BookmarkCalendarStatus {
  /** False: no secret address exists (never made, or revoked). */
  readonly active: boolean;
  readonly createdAt: Date | null;
  readonly lastUsedAt: Date | null;
}

/** Unknown, malformed and revoked tokens look alike: nothing tells which addresses existed. */
export const calendarNotFound = () =>
  new NotFoundError('FEEDS.CALENDAR_NOT_FOUND', 'No such calendar.');

/**
 * The secret, revocable calendar address of an entrepreneur's saved offers. The token is
 * random (256 bits) and stored only as its SHA-256: it is shown once, when it is made, and
 * making a new one revokes the old one. Anyone holding the address reads the calendar (a
 * calendar app cannot sign in), so it carries nothing but the saved offers' public facts.
 */
@Injectable()
export class BookmarkCalendarService implements OnModuleInit {
  constructor(
    private readonly repo: BookmarkCalendarTokenRepository,
    private readonly bookmarks: BookmarksService,
    private readonly personalData: PersonalDataRegistry,
  ) {}

  onModuleInit(): void {
    this.personalData.register({
      section: 'bookmarkCalendar',
      // The token itself is not kept, so not exported: only that an address exists.
      export: async (userId) => {
        const row = await this.repo.findByUser(userId);
        return row ? { createdAt: row.createdAt, lastUsedAt: row.lastUsedAt } : null;
      },
      erase: (userId, m) => this.repo.remove(userId, m),
    });
  }

  async status(caller: AuthenticatedUser): Promise<BookmarkCalendarStatus> {
    const row = await this.repo.findByUser(caller.id);
    return {
      active: row !== null,
      createdAt: row?.createdAt ?? null,
      lastUsedAt: row?.lastUsedAt ?? null,
    };
  }

  /** Whether `token` is this person's address in force (a page shows a new one only then). */
  async isCurrent(caller: AuthenticatedUser, token: string): Promise<boolean> {
    const row = await this.repo.findByUser(caller.id);
    return row !== null && TOKEN_SHAPE.test(token) && row.tokenHash === hashToken(token);
  }

  /** A new secret token (returned once); any previous one stops working at once. */
  async issue(caller: AuthenticatedUser): Promise<string> {
    assertEntrepreneur(caller);
    const token = newOpaqueToken();
    await this.repo.replace(caller.id, hashToken(token));
    return token;
  }

  /** Idempotent: revoking when there is no address is not an error. */
  async revoke(caller: AuthenticatedUser): Promise<void> {
    assertEntrepreneur(caller);
    await this.repo.remove(caller.id);
  }

  /** The saved offers behind a token, newest saved first; 404 for any token not in force. */
  async bookmarksOf(token: string): Promise<BookmarkView[]> {
    if (!TOKEN_SHAPE.test(token)) throw calendarNotFound();
    const row = await this.repo.findByHash(hashToken(token));
    if (!row) throw calendarNotFound();
    await this.repo.touch(row.userId);
    const page = await this.bookmarks.list(row.userId, {
      page: 1,
      pageSize: MAX_CALENDAR_BOOKMARKS,
      offset: 0,
      limit: MAX_CALENDAR_BOOKMARKS,
    });
    return page.items;
  }
}

function assertEntrepreneur(caller: AuthenticatedUser): void {
  if (caller.kind !== 'entrepreneur')
    throw new AppError(
      'forbidden',
      'FEEDS.ENTREPRENEURS_ONLY',
      'Only entrepreneurs have a calendar of saved offers.',
    );
}
