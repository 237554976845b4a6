import { AppError } from '@app/core';
import { importBadOption, importFileTooLarge, type ImportReportRow } from '@app/open-data';
import { commonMessages, organisationMessages } from '../messages';
import { translator } from '../web/i18n';
import { fieldLabel, reportProblems, uploadProblem } from './import-messages';

// The real catalogues: these sentences are what the import pages show.
const pt = translator('pt', [organisationMessages, commonMessages]);
const ar = translator('ar', [organisationMessages, commonMessages]);
const fr = translator('fr', [organisationMessages, commonMessages]);

const unreadable = (details: Record<string, unknown>) =>
  new AppError('validation', 'OPEN_DATA.IMPORT_UNREADABLE_FILE', 'The file cannot be read: …', {
    details,
  });

describe('uploadProblem', () => {
  it('writes the refusal from its code, with the limit in megabytes', () => {
    expect(uploadProblem(pt, importFileTooLarge(5 * 1_048_576), 10)).toBe(
      'O ficheiro ultrapassa 5 MB, o tamanho máximo de uma importação: divida-o em vários ficheiros.',
    );
  });

  it('picks the sentence of an unreadable file’s reason, naming the line when known', () => {
    expect(uploadProblem(ar, unreadable({ reason: 'empty' }), 10)).toBe('الملف فارغ.');
    expect(uploadProblem(fr, unreadable({ reason: 'malformedCsv', line: 7 }), 10)).toContain(
      'vers la ligne 7',
    );
    expect(uploadProblem(fr, unreadable({ reason: 'malformedCsv' }), 10)).toMatch(
      /^Le CSV est mal formé \(/,
    );
    expect(uploadProblem(pt, unreadable({ reason: 'something new' }), 10)).toBe(
      'Não é possível ler o ficheiro.',
    );
  });

  it('names the option at fault when there is a sentence for it, else a general one', () => {
    expect(uploadProblem(pt, importBadOption('source', 'source: too long'), 10)).toBe(
      'O nome da fonte deve ter no máximo 100 caracteres.',
    );
    expect(uploadProblem(pt, importBadOption('body', 'malformed'), 10)).toMatch(
      /^Não foi possível/,
    );
  });

  it('keeps the lib’s sentence for a code without a translation', () => {
    const error = new AppError('conflict', 'OPEN_DATA.SOMETHING_ELSE', 'Something else.');
    expect(uploadProblem(pt, error, 10)).toBe('Something else.');
  });
});

describe('reportProblems', () => {
  const row = (line: number, externalId: string, extra: Partial<ImportReportRow> = {}) =>
    ({ line, externalId, title: externalId, outcome: 'created', ...extra }) as ImportReportRow;
  const refused = (rule: string, field = 'x', column: string | null = 'Pays') => ({
    outcome: 'refused' as const,
    reasons: [{ column, field, rule, message: `English ${rule}` }],
  });

  it('keeps refused and duplicate rows only, reasons in the page language', () => {
    const report = [
      row(2, 'A'),
      row(3, 'B', refused('formula')),
      row(4, 'C', { outcome: 'duplicate', duplicates: [{ id: 'x', title: 'T', similarity: 0.9 }] }),
    ];
    const problems = reportProblems(report, pt);
    expect(problems.map((p) => p.line)).toEqual([3, 4]);
    expect(problems[0].reasons).toEqual([
      { column: 'Pays', text: expect.stringMatching(/^A célula contém uma fórmula/) },
    ]);
    expect(problems[1].duplicates).toHaveLength(1);
  });

  it('names the earlier line of a repeated id, skipping rows the cell checks refused', () => {
    const report = [
      row(2, 'X', refused('csvInjection')),
      row(3, 'X'),
      row(4, 'X', refused('uniqueInFile', 'externalId')),
    ];
    expect(reportProblems(report, fr)[1].reasons[0].text).toBe(
      'La ligne 3 de ce fichier a déjà l’identifiant « X ».',
    );
  });

  it('uses the offer form’s sentences for the offer’s rules, else the lib’s', () => {
    const report = [
      row(2, 'A', refused('isCountryCode', 'eligibility.targetCountries')),
      row(3, 'B', refused('required', 'externalId', null)),
      row(4, 'C', refused('noSuchRule')),
    ];
    const texts = reportProblems(report, fr).map((p) => p.reasons[0].text);
    expect(texts).toEqual([
      'Choisissez des pays dans la liste.',
      'La ligne n’a ni identifiant ni titre : donnez-lui au moins un titre.',
      'English noSuchRule',
    ]);
  });
});

describe('fieldLabel', () => {
  it('names a field in the page language, with the offer form’s labels where it has them', () => {
    expect(fieldLabel('externalId', pt)).toBe('Identificador');
    expect(fieldLabel('currency', ar)).toBe('العملة (السعر والتمويل)');
    expect(fieldLabel('title_ar', fr)).toBe('Titre — Arabe');
    expect(fieldLabel('deadline', fr)).toBe('Date limite');
  });
});
