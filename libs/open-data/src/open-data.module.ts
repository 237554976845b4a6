import { Module } from '@nestjs/common';
import { OpenDataExportModule } from './export/open-data-export.module';
import { FeedsModule } from './feeds/feeds.module';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogueModule } from '@app/catalogue';
import { importEntities } from './import/import-job.entity';
import { ImportJobRepository } from './import/import-job.repository';
import { ImportWorker } from './import/import-worker';
import { ImportService } from './import/import.service';

/**
 * Open data and partners: catalogue import (CSV, XLSX, HSDS), HSDS 3.0 export, feeds.
 * Reads and writes offers only through the catalogue's exported services, so an imported
 * offer meets the same rules and moderation as one typed in the editor.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature(importEntities),
    CatalogueModule,
    OpenDataExportModule,
    FeedsModule,
  ],
  providers: [ImportJobRepository, ImportService],
  exports: [ImportService, OpenDataExportModule, FeedsModule],
})
export class OpenDataModule {}

/** The same services plus the import job handler, for the worker. */
@Module({
  imports: [OpenDataModule],
  providers: [ImportWorker],
})
export class OpenDataWorkerModule {}
