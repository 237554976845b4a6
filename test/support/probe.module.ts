import { Body, Controller, Get, Module, Post } from '@nestjs/common';
import { Type } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsInt,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Logger } from '@nestjs/common';
import { Public } from '@app/identity';

class ProbeRangeDto {
  @IsInt() @Min(0) min: number;
  @IsInt() @Max(120) max: number;
}

class ProbeDto {
  @IsString() @MaxLength(20) title: string;
  @IsEmail() email: string;
  @IsIn(['fr', 'en']) language: string;
  @ValidateNested() @Type(() => ProbeRangeDto) ageRange: ProbeRangeDto;
}

/** Test-only routes that exercise the global pipe, filter and logging. */
@Public()
@Controller('probe')
class ProbeController {
  private readonly logger = new Logger('Probe');

  @Post()
  echo(@Body() body: ProbeDto) {
    return { ok: true, title: body.title, isDto: body instanceof ProbeDto };
  }

  @Get('boom')
  boom(): never {
    this.logger.log('about to fail');
    throw new Error('secret internal detail: password=hunter2');
  }
}

@Module({ controllers: [ProbeController] })
export class ProbeModule {}
