import { Body, Controller, Get, Header, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { TaxonomyService } from '@app/catalogue';
import { Public, Roles } from '@app/identity';
import { ApiProblems } from '../common/problem-responses';
import {
  AdminTaxonomyQueryDto,
  ChangeTermDto,
  CreateTermDto,
  TaxonomyQueryDto,
  TaxonomyTermResponse,
  TermParamsDto,
  toTaxonomyTermResponse,
} from './taxonomy.dto';

@ApiTags('taxonomy')
@Controller('api/v1/taxonomy')
export class TaxonomyController {
  constructor(private readonly taxonomy: TaxonomyService) {}

  @Get()
  @Public()
  @Header('Cache-Control', 'public, max-age=60')
  @ApiOperation({
    summary: 'Categories, sectors and business stages that can be chosen now',
    description:
      'Retired terms are left out. Each parent comes before its sub-terms (financing → grant, loan…); labels in fr and en, pt and ar when known.',
  })
  @ApiOkResponse({ type: [TaxonomyTermResponse] })
  @ApiProblems(400)
  async list(@Query() query: TaxonomyQueryDto): Promise<TaxonomyTermResponse[]> {
    return (await this.taxonomy.list(query.vocabulary)).map(toTaxonomyTermResponse);
  }
}

@ApiTags('admin')
@ApiBearerAuth()
@ApiCookieAuth()
@ApiProblems(401, 403)
@Roles('admin')
@Controller('api/v1/admin/taxonomy')
export class AdminTaxonomyController {
  constructor(private readonly taxonomy: TaxonomyService) {}

  @Get()
  @ApiOperation({
    summary: 'Every term, retired ones included unless includeRetired=false',
    description:
      'Admins only: every category, sector and stage with its labels in fr/en/pt/ar, its parent and whether it is retired.',
  })
  @ApiOkResponse({ type: [TaxonomyTermResponse] })
  @ApiProblems(400)
  async list(@Query() query: AdminTaxonomyQueryDto): Promise<TaxonomyTermResponse[]> {
    const terms = await this.taxonomy.list(query.vocabulary, {
      includeRetired: query.includeRetired ?? true,
    });
    return terms.map(toTaxonomyTermResponse);
  }

  @Post()
  @ApiOperation({
    summary: 'Add a term (its code is permanent: offers store it)',
    description:
      'Admins only. Adds a category, sector or stage with its labels (fr and en required) and an optional parent. The code can never change afterwards.',
  })
  @ApiCreatedResponse({ type: TaxonomyTermResponse })
  @ApiProblems(400, 409)
  async create(@Body() body: CreateTermDto): Promise<TaxonomyTermResponse> {
    return toTaxonomyTermResponse(await this.taxonomy.create(body));
  }

  @Patch(':vocabulary/:code')
  @ApiOperation({
    summary: 'Rename a term (labels are merged; pt or ar null removes it) or move it',
    description:
      'Admins only. Changes labels (merged with the existing ones) or the parent; the code stays, so offers that use it are unaffected.',
  })
  @ApiOkResponse({ type: TaxonomyTermResponse })
  @ApiProblems(400, 404)
  async change(
    @Param() params: TermParamsDto,
    @Body() body: ChangeTermDto,
  ): Promise<TaxonomyTermResponse> {
    return toTaxonomyTermResponse(await this.taxonomy.rename(params.vocabulary, params.code, body));
  }

  @Post(':vocabulary/:code/retire')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Retire a term: offers keep it, but it (and its sub-terms) can no longer be chosen',
    description:
      'Admins only. Offers keep the term and still show it; new offers and edits can no longer choose it or its sub-terms.',
  })
  @ApiOkResponse({ type: TaxonomyTermResponse })
  @ApiProblems(400, 404)
  async retire(@Param() params: TermParamsDto): Promise<TaxonomyTermResponse> {
    return toTaxonomyTermResponse(await this.taxonomy.retire(params.vocabulary, params.code));
  }

  @Post(':vocabulary/:code/unretire')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Make a retired term selectable again',
    description: 'Admins only. The term can be chosen again in new offers and edits.',
  })
  @ApiOkResponse({ type: TaxonomyTermResponse })
  @ApiProblems(400, 404)
  async unretire(@Param() params: TermParamsDto): Promise<TaxonomyTermResponse> {
    return toTaxonomyTermResponse(await this.taxonomy.unretire(params.vocabulary, params.code));
  }
}
