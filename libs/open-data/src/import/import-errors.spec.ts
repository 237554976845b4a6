import { problemFromAppError, uncatalogued } from '@app/core';
import {
  importFileTooLarge,
  importNoFile,
  importNotFound,
  importUnknownFormat,
  importUnreadable,
  importWrongEncoding,
} from './import-errors';

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
});
