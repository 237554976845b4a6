import { loadConfigOrExit } from '@app/core';
import { ImportService, OpenDataModule, reportCsv } from '@app/open-data';
import { OrganisationService, SupportOrganisationModule } from '@app/support-organisation';
import { Presets, SingleBar } from 'cli-progress';
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { exitWith, withCliContext } from './cli-module';

// `npm run catalogue:import -- <file> --organisation <slug> [--dry-run] [--submit]
//   [--source <name>] [--report <file.csv>]`: imports an organisation's offers from CSV, XLSX or
// HSDS 3.0 JSON with the same checks as the organisation space, shows a progress bar, and writes
// the row-by-row report as CSV (default: beside the file, `<file>.report.csv`).

const USAGE =
  'Usage: npm run catalogue:import -- <file> --organisation <slug> [--dry-run] [--submit] [--source <name>] [--report <file.csv>]';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      organisation: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      submit: { type: 'boolean', default: false },
      source: { type: 'string' },
      report: { type: 'string' },
    },
  });
  const [file] = positionals;
  if (!file || !values.organisation || positionals.length > 1) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const config = loadConfigOrExit();
  if ((await stat(file)).size > config.IMPORT_MAX_BYTES) {
    process.stderr.write(
      `${file} is larger than IMPORT_MAX_BYTES (${config.IMPORT_MAX_BYTES} bytes): split it.\n`,
    );
    return 1;
  }
  const data = await readFile(file);
  const slug = values.organisation;
  return withCliContext(
    {
      config,
      name: 'import',
      imports: [SupportOrganisationModule, OpenDataModule],
    },
    async (app) => {
      const organisation = await app.get(OrganisationService).publicProfile(slug);
      const bar = new SingleBar(
        {
          format: 'Importing |{bar}| {value}/{total} rows | {eta_formatted} left',
          hideCursor: true,
        },
        Presets.shades_classic,
      );
      let started = false;
      const job = await app
        .get(ImportService)
        .runNow(
          { id: null, role: 'system' },
          organisation.id,
          { data, fileName: path.basename(file) },
          { dryRun: values['dry-run'], submit: values.submit, source: values.source },
          (done, total) => {
            if (!started) {
              bar.start(total, 0);
              started = true;
            }
            bar.update(done);
          },
        );
      if (started) bar.stop();
      const reportPath = values.report ?? `${file}.report.csv`;
      await writeFile(reportPath, reportCsv(job.report));
      const c = job.counts;
      console.log(
        `${job.dryRun ? 'Dry run (nothing written)' : 'Imported'} ${job.total} rows of ${path.basename(file)} into ${organisation.name} (source "${job.source}"): ` +
          `${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged, ${c.refused} refused, ${c.duplicate} probable duplicates.`,
      );
      console.log(`Report: ${path.resolve(reportPath)}`);
      return job.status === 'done' ? 0 : 1;
    },
  );
}

exitWith(main());
