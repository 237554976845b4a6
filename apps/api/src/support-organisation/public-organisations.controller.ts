import { Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { pageWindow, SyncQueryDto, syncStart, ValidationFailedError } from '@app/core';
import { Public } from '@app/identity';
import { OrganisationService } from '@app/support-organisation';
import { ApiProblems } from '../common/problem-responses';
import {
  OrganisationTombstoneResponse,
  PublicOrganisationPage,
  PublicOrganisationResponse,
  PublicOrganisationSyncItem,
  PublicOrganisationSyncPage,
  toPublicOrganisationResponse,
} from './organisation-profile.dto';

@ApiTags('public')
@Controller('api/v1/public/organisations')
export class PublicOrganisationsController {
  constructor(private readonly organisations: OrganisationService) {}

  @Get()
  @Public()
  @ApiOperation({
    operationId: 'listPublicOrganisations',
    summary: 'Verified organisations, by name, or the changes since a time (partner sync)',
    description:
      'Without `updatedSince` or `cursor`: a page of verified organisations by name.\n\n' +
      'With `updatedSince` (RFC 3339) or `cursor`: sync mode. Every organisation verified now ' +
      'or before that changed since then, in (updatedAt, id) order: a verified one in full ' +
      '(`deleted: false`), one no longer verified as a tombstone `{ id, deleted: true, ' +
      'deletedAt }`. Call again with `cursor=nextCursor` while `hasMore`.',
  })
  @ApiExtraModels(
    PublicOrganisationPage,
    PublicOrganisationSyncPage,
    PublicOrganisationSyncItem,
    OrganisationTombstoneResponse,
  )
  @ApiOkResponse({
    description: 'A page, or a sync page when updatedSince or cursor is given',
    schema: {
      oneOf: [
        { $ref: getSchemaPath(PublicOrganisationPage) },
        { $ref: getSchemaPath(PublicOrganisationSyncPage) },
      ],
    },
    example: {
      items: [
        {
          id: '6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b',
          deleted: true,
          deletedAt: '2026-02-01T09:30:00.000Z',
        },
      ],
      nextCursor: 'djEuMTc2NDgwMDAwMDAwMDAwMC42ZjFjMmIzYS00ZDVlLTRmNjAtOGE3Yi05YzBkMWUyZjNhNGI',
      hasMore: false,
      pageSize: 100,
    },
  })
  @ApiProblems(400)
  async list(
    @Query() query: SyncQueryDto,
  ): Promise<PublicOrganisationPage | PublicOrganisationSyncPage> {
    const start = syncStart(query);
    if (start) {
      if (query.page !== undefined)
        throw new ValidationFailedError([
          {
            field: 'page',
            rule: 'notWithSync',
            message: 'page cannot be combined with updatedSince or cursor: follow nextCursor',
          },
        ]);
      const size = query.pageSize ?? 100;
      const sync = await this.organisations.syncPublic(start, size);
      return {
        items: sync.items.map((item) =>
          'deleted' in item
            ? { id: item.id, deleted: true as const, deletedAt: item.deletedAt }
            : { ...toPublicOrganisationResponse(item), deleted: false as const },
        ),
        nextCursor: sync.nextCursor,
        hasMore: sync.hasMore,
        pageSize: size,
      };
    }
    const { page, pageSize, offset, limit } = pageWindow(query);
    const { items, total } = await this.organisations.listPublic(offset, limit);
    return { items: items.map(toPublicOrganisationResponse), page, pageSize, total };
  }

  @Get(':idOrSlug')
  @Public()
  @ApiOperation({
    operationId: 'getPublicOrganisation',
    summary: "An organisation's public page",
    description:
      'Public fields and the verified badge only: never the legal registration, a rejection ' +
      'reason or the members.',
  })
  @ApiParam({ name: 'idOrSlug', example: 'diaspora-invest-dakar' })
  @ApiOkResponse({ type: PublicOrganisationResponse })
  @ApiProblems(404)
  async get(@Param('idOrSlug') idOrSlug: string): Promise<PublicOrganisationResponse> {
    return toPublicOrganisationResponse(await this.organisations.publicProfile(idOrSlug));
  }
}
