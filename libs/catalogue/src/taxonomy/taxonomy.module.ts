import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { taxonomyEntities } from './taxonomy-term.entity';
import { TaxonomyRepository } from './taxonomy.repository';
import { TaxonomyService } from './taxonomy.service';

/** Categories, sectors and stages: read by everyone, kept by admins, checked by offers. */
@Module({
  imports: [TypeOrmModule.forFeature(taxonomyEntities)],
  providers: [TaxonomyRepository, TaxonomyService],
  exports: [TaxonomyService],
})
export class TaxonomyModule {}
