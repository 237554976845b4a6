import { hsdsTable } from './hsds-services';
import { detectMapping, fieldOfHeader, IMPORT_FIELDS } from './import-columns';
import { decodeText } from './read-import-file';
import { isInjection, isoDate, parseAmount, rowContent, type TermLookup } from './row-content';

const terms: TermLookup = {
  category: new Map([
    ['grant', 'grant'],
    ['subvention', 'grant'],
  ]),
  sector: new Map(),
  stage: new Map([['creation', 'creation']]),
};

describe('import headers', () => {
  it('recognises French and English headers whatever their case, accents and spaces', () => {
    expect(fieldOfHeader('  DATE   limite ')).toBe('deadline');
    expect(fieldOfHeader('Deadline')).toBe('deadline');
    expect(fieldOfHeader('Pays')).toBe('targetCountries');
    expect(fieldOfHeader('Montant MAX')).toBe('amountMax');
    expect(fieldOfHeader('Titre (EN)')).toBe('title_en');
    expect(fieldOfHeader('Colonne inconnue')).toBeNull();
  });

  it('applies corrections by header or column number, and keeps a field on one column', () => {
    expect(detectMapping(['Titre', 'Nom', 'Notes'], { notes: 'tags', '2': '' })).toEqual([
      'title',
      null,
      'tags',
    ]);
    expect(detectMapping(['Titre', 'Title'])).toEqual(['title', null]);
  });
});

describe('import values', () => {
  it('decodes UTF-8 and Windows-1252, and refuses UTF-16', () => {
    expect(decodeText(Buffer.from('\ufeffSénégal', 'utf8'))).toEqual({
      text: 'Sénégal',
      encoding: 'utf-8',
    });
    expect(decodeText(Buffer.from([0x53, 0xe9, 0x6e, 0x80, 0x92]))).toEqual({
      text: 'Sén€’',
      encoding: 'windows-1252',
    });
    expect(() => decodeText(Buffer.from('Titre', 'utf16le'))).toThrow(/UTF-8/);
    expect(() => decodeText(Buffer.from([0xe9, 0x81]))).toThrow(/UTF-8/);
  });

  it('flags CSV injection but not numbers or phone numbers', () => {
    for (const bad of ['=cmd|/c calc', '+SUM(A1)', '-2+3+cmd', '@SUM(1)', '\t=1', '\rx', ' =1']) {
      expect({ bad, flagged: isInjection(bad) }).toEqual({ bad, flagged: true });
    }
    for (const good of ['+221 33 800 00 00', '-5', 'Dakar', 'a=b']) {
      expect({ good, flagged: isInjection(good) }).toEqual({ good, flagged: false });
    }
  });

  it('reads dates and amounts as people write them', () => {
    expect(isoDate('31/12/2099')).toBe('2099-12-31');
    expect(isoDate('1.2.2099')).toBe('2099-02-01');
    expect(isoDate('bientôt')).toBe('bientôt');
    expect(parseAmount('1 500 000')).toEqual({ amount: 1_500_000, currency: null });
    expect(parseAmount('10 000 €')).toEqual({ amount: 10_000, currency: 'EUR' });
    expect(parseAmount('1.500,50 EUR')).toEqual({ amount: 1500.5, currency: 'EUR' });
    expect(parseAmount('2 000 000 FCFA')).toEqual({ amount: 2_000_000, currency: 'XOF' });
  });

  it('matches countries, terms and languages by label in any language', () => {
    const headers = ['Titre', 'Pays', 'Catégorie', 'Langues', 'Montant max', 'Étapes'];
    const row = {
      line: 2,
      cells: [
        'Aide',
        'Sénégal; senegal; SN; السنغال; Atlantide',
        'Subvention',
        'Français, wolof',
        '1 000 000 XOF',
        'creation',
      ].map((text) => ({ text })),
    };
    const { plain, externalId } = rowContent(headers, detectMapping(headers), row, terms);
    expect(externalId).toBe('aide');
    expect(plain).toMatchObject({
      categoryCode: 'grant',
      stageCodes: ['creation'],
      deliveryLanguages: ['fr', 'wo'],
      eligibility: { targetCountries: ['SN', 'Atlantide'] },
      funding: { maxMinor: 1_000_000, currency: 'XOF' },
    });
  });
});

describe('HSDS 3.0 JSON', () => {
  const service = {
    id: 'svc-9',
    name: 'Garantie de prêt',
    status: 'active',
    cost_options: [{ id: 'c', amount: 50, currency: 'EUR' }],
    schedules: [{ id: 's', valid_from: '2099-01-01', valid_to: '2099-06-30' }],
    contacts: [
      {
        id: 'k',
        name: 'Awa',
        email: 'awa@example.org',
        phones: [{ id: 'p', number: '+221 33 800 00 00' }],
      },
    ],
  };
  const cell = (table: ReturnType<typeof hsdsTable>, field: string) =>
    table.rows[0].cells[IMPORT_FIELDS.indexOf(field as never)].text;

  it.each([
    ['a service list', [service]],
    ['an object with services', { services: [service] }],
    ['a paginated API answer', { contents: [service], total_items: 1 }],
    [
      'a data package with inline rows',
      { name: 'x', resources: [{ name: 'service', data: [service] }] },
    ],
  ])('reads %s', (_label, doc) => {
    const table = hsdsTable(JSON.stringify(doc));
    expect(table.rows).toHaveLength(1);
    expect(cell(table, 'externalId')).toBe('svc-9');
    expect(cell(table, 'costType')).toBe('paid');
    expect(cell(table, 'price')).toBe('50');
    expect(cell(table, 'deadline')).toBe('2099-06-30');
    expect(cell(table, 'rolling')).toBe('no');
    expect(cell(table, 'contactPhone')).toBe('+221 33 800 00 00');
  });

  it('refuses JSON without services', () => {
    expect(() => hsdsTable('{"organizations": []}')).toThrow(/no HSDS 3.0 services/);
  });
});
