import { AppError, problemFromAppError, uncatalogued } from '@app/core';
import {
  importFileTooLarge,
  importNoFile,
  importNotFound,
  importUnknownFormat,
  importUnreadable,
  importWrongEncoding,
} from './import-errors';
import { readImportFile } from './read-import-file';

/** What reading `data` as `name` throws. */
async function refusal(data: string | Buffer, name: string): Promise<AppError> {
  try {
    await readImportFile(Buffer.from(data), name, 1_048_576);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error(`${name} was read`);
}

describe('import errors in the problem catalogue', () => {
  it('say what the code says, whatever the size limit', () => {
    expect(
      uncatalogued([
        importFileTooLarge(10 * 1_048_576),
        importFileTooLarge(500_000),
        importUnknownFormat(),
        importWrongEncoding(),
        importNoFile(),
        importNotFound(),
      ]),
    ).toEqual([]);
    // An unreadable file carries a `reason` code: the pages write it in the reader's language.
    const unreadable = problemFromAppError(importUnreadable('noDataRows', 'no data rows.'), 'pt');
    expect(unreadable.reason).toBe('noDataRows');
    expect(problemFromAppError(importFileTooLarge(500_000), 'fr').detail).toBe(
      'Le fichier dépasse 500000 octets, la taille maximale d’un import : découpez-le en fichiers plus petits.',
    );
  });

  it('translate every unreadable file the readers refuse, but the CSV parser’s own words', async () => {
    const refused = await Promise.all([
      refusal('', 'offres.csv'),
      refusal('Titre;Pays', 'offres.xlsx'),
      refusal('Titre', 'offres.csv'),
      refusal('Titre;Pays\r\n', 'offres.csv'),
      refusal('PK\x03\x04 not really a zip', 'offres.xlsx'),
      refusal('[{"id": ', 'services.json'),
      refusal('{"nothing": []}', 'services.json'),
    ]);
    expect(refused.map((e) => e.extra.details?.reason)).toEqual([
      'empty',
      'notXlsx',
      'noSeparator',
      'noDataRows',
      'badWorkbook',
      'invalidJson',
      'noHsdsServices',
    ]);
    expect(uncatalogued(refused)).toEqual([]);
    for (const error of refused) {
      expect(problemFromAppError(error, 'pt').detail).toMatch(/^Não é possível ler o ficheiro: /);
      expect(problemFromAppError(error, 'ar').detail).toMatch(/^تعذّرت قراءة الملف: /);
    }
  });
});
