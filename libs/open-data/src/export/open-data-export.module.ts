import { Module } from '@nestjs/common';
import { CatalogueModule } from '@app/catalogue';
import { SupportOrganisationModule } from '@app/support-organisation';
import { OpenDataExportService } from './open-data-export.service';

/** The open-data exports (HSDS 3.0 API shape, HSDS data package, plain CSV). */
@Module({
  imports: [CatalogueModule, SupportOrganisationModule],
  providers: [OpenDataExportService],
  exports: [OpenDataExportService],
})
export class OpenDataExportModule {}
