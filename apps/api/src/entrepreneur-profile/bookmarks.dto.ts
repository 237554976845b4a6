import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '@app/core';
import type { BookmarkView } from '@app/entrepreneur-profile';
import { SEARCH_LANGUAGES, type SearchLanguage } from '@app/search';

export class BookmarkListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: SEARCH_LANGUAGES,
    description: 'Language of `title` (default: your preferred language)',
  })
  @IsOptional()
  @IsIn(SEARCH_LANGUAGES)
  lang?: SearchLanguage;
}

export class BookmarkedOfferResponse {
  @ApiProperty() id: string;
  @ApiProperty() slug: string;
  @ApiProperty({
    enum: ['published', 'expired', 'archived', 'unavailable'],
    description:
      'Where the offer stands now: still listed when it expired or was archived; `unavailable` while ' +
      'its organisation reworks it',
  })
  state: string;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'In the asked language, else the first the offer has; null while unavailable',
  })
  title: string | null;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } })
  titles: Record<string, string>;
  @ApiProperty({ nullable: true, type: String }) deadline: string | null;
  @ApiProperty() rolling: boolean;
}

export class BookmarkResponse {
  @ApiProperty() offerId: string;
  @ApiProperty() savedAt: Date;
  @ApiProperty({ type: BookmarkedOfferResponse }) offer: BookmarkedOfferResponse;
}

export class BookmarkPage {
  @ApiProperty({ type: [BookmarkResponse] }) items: BookmarkResponse[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
}

export function toBookmarkResponse(b: BookmarkView, lang: SearchLanguage): BookmarkResponse {
  const titles: Record<string, string> = { ...b.offer.titles };
  const title =
    titles[lang] ?? [...SEARCH_LANGUAGES].map((l) => titles[l]).find((t) => t !== undefined);
  return {
    offerId: b.offerId,
    savedAt: b.savedAt,
    offer: {
      id: b.offer.id,
      slug: b.offer.slug,
      state: b.offer.state,
      title: title ?? null,
      titles,
      deadline: b.offer.deadline,
      rolling: b.offer.rolling,
    },
  };
}
