import { Module } from '@nestjs/common';
import { OpenDataExportModule } from './export/open-data-export.module';
import { FeedsModule } from './feeds/feeds.module';

/**
 * Open data and partners: catalogue import (CSV, XLSX, HSDS), HSDS 3.0 export, feeds.
 * Reads and writes offers only through the catalogue's exported services, so an imported
 * offer meets the same rules and moderation as one typed in the editor.
 */
@Module({
  imports: [OpenDataExportModule, FeedsModule],
  exports: [OpenDataExportModule, FeedsModule],
})
export class OpenDataModule {}
