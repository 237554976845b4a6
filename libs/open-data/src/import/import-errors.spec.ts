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
        importUnreadable('empty'),
        importUnreadable('noHsdsServices'),
        importUnreadable('csvMalformed', 'invalid closing quote at line 3'),
      ]),
    ).toEqual([]);
    const unreadable = problemFromAppError(importUnreadable('noDataRows'), 'pt');
    expect(unreadable.detail).toBe(
      'Não é possível ler o ficheiro: tem uma linha de cabeçalho, mas nenhuma linha de dados.',
    );
    expect(unreadable.errors?.[0].message).toBe(unreadable.detail);
    expect(problemFromAppError(importFileTooLarge(500_000), 'fr').detail).toBe(
      'Le fichier dépasse 500000 octets, la taille maximale d’un import : découpez-le en fichiers plus petits.',
    );
  });
});
