import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Min } from 'class-validator';
import { OfferContentDto } from '@app/catalogue';

// The content DTOs moved to the catalogue (libs/catalogue/src/offers/offer-content.dto.ts) so the
// catalogue import validates rows with the very same rules; re-exported for the controllers.
export {
  ApplyDto,
  ContactDto,
  CostDto,
  DatesDto,
  EligibilityDto,
  FundingDto,
  LocalisedTextDto,
  LocationDto,
  OfferContentDto,
  TranslationDto,
  TranslationsDto,
} from '@app/catalogue';

export class UpdateOfferDto extends OfferContentDto {
  @ApiPropertyOptional({
    description:
      'The version you edited; a newer one on the server gives 409 instead of overwriting',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;
}
