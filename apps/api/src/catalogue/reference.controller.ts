import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CURRENCY_CODES, currencyName, countryList, languageList, minorUnits } from '@app/core';
import { Public } from '@app/identity';
import { ApiProblems } from '../common/problem-responses';
import { CurrencyResponse, LangQueryDto, NamedCodeResponse } from './taxonomy.dto';

/** Code lists offers are written with; they change with a deployment, so caches may keep them. */
@ApiTags('reference')
@Controller('api/v1/reference')
export class ReferenceController {
  @Get('countries')
  @Public()
  @Header('Cache-Control', 'public, max-age=86400')
  @ApiOperation({
    summary: 'Countries (ISO 3166-1 alpha-2), named in the language asked and sorted by name',
    description:
      'The code list offers use for residence and target countries, with names in the language asked (fr, en, pt or ar). Cached for a day.',
  })
  @ApiOkResponse({ type: [NamedCodeResponse] })
  @ApiProblems(400)
  countries(@Query() query: LangQueryDto): NamedCodeResponse[] {
    return countryList(query.lang ?? 'en');
  }

  @Get('languages')
  @Public()
  @Header('Cache-Control', 'public, max-age=86400')
  @ApiOperation({
    summary: 'Languages an offer can be delivered in (ISO 639-1), sorted by name',
    description:
      'The code list of delivery languages, with names in the language asked. Cached for a day.',
  })
  @ApiOkResponse({ type: [NamedCodeResponse] })
  @ApiProblems(400)
  languages(@Query() query: LangQueryDto): NamedCodeResponse[] {
    return languageList(query.lang ?? 'en');
  }

  @Get('currencies')
  @Public()
  @Header('Cache-Control', 'public, max-age=86400')
  @ApiOperation({
    summary: 'Currencies (ISO 4217) with their minor-unit digits: amounts are sent in minor units',
    description:
      'ISO 4217 codes with their names and the number of minor-unit digits: amounts in the API are integers of minor units (e.g. 150000 XOF = 150000, 12.50 EUR = 1250).',
  })
  @ApiOkResponse({ type: [CurrencyResponse] })
  @ApiProblems(400)
  currencies(@Query() query: LangQueryDto): CurrencyResponse[] {
    const lang = query.lang ?? 'en';
    return CURRENCY_CODES.map((code) => ({
      code,
      name: currencyName(code, lang),
      minorUnits: minorUnits(code),
    }));
  }
}
