import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Length } from 'class-validator';
import { PageQueryDto, pageWindow, UuidParam } from '@app/core';
import {
  CurrentUser,
  PARTNER_SCOPES,
  PartnerApiKeysService,
  Roles,
  type AuthenticatedUser,
  type PartnerApiKeyView,
} from '@app/identity';
import { ApiProblems } from '../common/problem-responses';

export class IssueApiKeyDto {
  @ApiProperty({ description: 'Who the key is for', example: 'DORA — miroir du catalogue' })
  @IsString()
  @Length(1, 120)
  name: string;

  @ApiPropertyOptional({
    enum: PARTNER_SCOPES,
    isArray: true,
    description: 'Read-only scopes; all of them when left out',
    example: ['catalogue:read'],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(PARTNER_SCOPES.length)
  @IsIn(PARTNER_SCOPES, { each: true })
  scopes?: string[];
}

export class ApiKeyResponse {
  @ApiProperty({ format: 'uuid', example: '3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d' }) id: string;
  @ApiProperty({ example: 'DORA — miroir du catalogue' }) name: string;
  @ApiProperty({
    description: 'First characters of the key, to recognise it',
    example: 'psk_Xk3v9Qa',
  })
  prefix: string;
  @ApiProperty({ type: [String], example: ['catalogue:read'] }) scopes: string[];
  @ApiProperty({ example: '2026-01-31T08:00:00.000Z' }) createdAt: Date;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) createdBy: string | null;
  @ApiProperty({ nullable: true, type: Date, description: 'To the minute' })
  lastUsedAt: Date | null;
  @ApiProperty({ nullable: true, type: Date }) revokedAt: Date | null;
}

class IssuedApiKeyResponse extends ApiKeyResponse {
  @ApiProperty({
    description: 'The key itself: shown this once, never again (only its hash is stored)',
    example: 'psk_Xk3v9QaZ0b1c2d3e4f5g6h7i8j9k0l1m2n3o4p5q6r7',
  })
  key: string;
}

class ApiKeyPage {
  @ApiProperty({ type: [ApiKeyResponse] }) items: ApiKeyResponse[];
  @ApiProperty({ example: 1 }) page: number;
  @ApiProperty({ example: 20 }) pageSize: number;
  @ApiProperty({ example: 3 }) total: number;
}

const toResponse = (v: PartnerApiKeyView): ApiKeyResponse => ({ ...v, scopes: [...v.scopes] });

@ApiTags('admin')
@ApiBearerAuth()
@ApiProblems(401, 403)
@Roles('admin')
@Controller('api/v1/admin/api-keys')
export class AdminApiKeysController {
  constructor(private readonly keys: PartnerApiKeysService) {}

  @Get()
  @ApiOperation({
    operationId: 'listApiKeys',
    summary: 'Partner API keys, newest first',
    description: 'Every key ever issued, revoked ones included; never the key itself.',
  })
  @ApiOkResponse({ type: ApiKeyPage })
  @ApiProblems(400)
  async list(@Query() query: PageQueryDto): Promise<ApiKeyPage> {
    const { page, pageSize, offset, limit } = pageWindow(query);
    const { items, total } = await this.keys.list(offset, limit);
    return { items: items.map(toResponse), page, pageSize, total };
  }

  @Post()
  @ApiOperation({
    operationId: 'issueApiKey',
    summary: 'Issue a read-only partner API key (shown once)',
    description:
      'The answer holds the key itself, the only time it is shown: only its SHA-256 is stored. ' +
      'A partner sends it as `Authorization: Bearer <key>` or `X-Api-Key: <key>`; it reads ' +
      'public routes only (GET), with its own rate limit.',
  })
  @ApiCreatedResponse({ type: IssuedApiKeyResponse })
  @ApiProblems(400)
  async issue(
    @Body() body: IssueApiKeyDto,
    @CurrentUser() admin: AuthenticatedUser,
  ): Promise<IssuedApiKeyResponse> {
    const { key, view } = await this.keys.issue(admin.id, body);
    return { ...toResponse(view), key };
  }

  @Post(':id/revoke')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'revokeApiKey',
    summary: 'Revoke a partner API key',
    description:
      'Final and idempotent: the key is refused (401) from the next request on. Revoking it ' +
      'again changes nothing.',
  })
  @ApiOkResponse({ type: ApiKeyResponse })
  @ApiProblems(404)
  async revoke(
    @Param('id', UuidParam('id')) id: string,
    @CurrentUser() admin: AuthenticatedUser,
  ): Promise<ApiKeyResponse> {
    return toResponse(await this.keys.revoke(admin.id, id));
  }
}
