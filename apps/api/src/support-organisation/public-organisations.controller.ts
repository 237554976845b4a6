import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Public } from '@app/identity';
import { OrganisationService } from '@app/support-organisation';
import { ApiProblems } from '../common/problem-responses';
import {
  PublicOrganisationResponse,
  toPublicOrganisationResponse,
} from './organisation-profile.dto';

@ApiTags('public')
@Controller('api/v1/public/organisations')
export class PublicOrganisationsController {
  constructor(private readonly organisations: OrganisationService) {}

  @Get(':idOrSlug')
  @Public()
  @ApiOperation({
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
