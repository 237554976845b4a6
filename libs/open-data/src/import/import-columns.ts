/**
 * The columns an import understands, and how a file's headers are recognised: by name, in
 * French or English, blind to case, accents, punctuation and extra spaces ("  DATE   limite "
 * is "Date limite"). The user can correct the detected mapping before running the import.
 */
export const IMPORT_FIELDS = [
  'externalId',
  'language',
  'title',
  'summary',
  'description',
  'title_fr',
  'summary_fr',
  'description_fr',
  'title_en',
  'summary_en',
  'description_en',
  'title_pt',
  'summary_pt',
  'description_pt',
  'title_ar',
  'summary_ar',
  'description_ar',
  'category',
  'sectors',
  'stages',
  'residenceCountries',
  'targetCountries',
  'diasporaOnly',
  'genderFocus',
  'ageMin',
  'ageMax',
  'otherConditions',
  'deliveryLanguages',
  'format',
  'city',
  'locationCountry',
  'address',
  'costType',
  'price',
  'currency',
  'amountMin',
  'amountMax',
  'opensOn',
  'deadline',
  'rolling',
  'startsOn',
  'endsOn',
  'applyUrl',
  'applyEmail',
  'contactName',
  'contactEmail',
  'contactPhone',
  'tags',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export function isImportField(value: unknown): value is ImportField {
  return typeof value === 'string' && (IMPORT_FIELDS as readonly string[]).includes(value);
}

/** Header names per field (folded when compared). The first French and English names are shown. */
export const FIELD_HEADERS: Readonly<Record<ImportField, readonly string[]>> = {
  externalId: [
    'Identifiant',
    'Id',
    'External id',
    'Identifiant externe',
    'Référence',
    'Reference',
    'Ref',
  ],
  language: ['Langue du texte', 'Content language', 'Langue du contenu', 'Text language'],
  title: ['Titre', 'Title', 'Intitulé', 'Nom de l’offre', 'Offer title', 'Nom', 'Name'],
  summary: ['Résumé', 'Summary', 'Chapeau', 'Accroche', 'Short description'],
  description: ['Description', 'Long description', 'Description longue', 'Détails', 'Details'],
  title_fr: ['Titre (fr)', 'Title (fr)', 'Titre fr', 'Title fr', 'Titre français'],
  summary_fr: ['Résumé (fr)', 'Summary (fr)', 'Résumé fr', 'Summary fr'],
  description_fr: ['Description (fr)', 'Description fr'],
  title_en: ['Titre (en)', 'Title (en)', 'Titre en', 'Title en', 'Titre anglais', 'English title'],
  summary_en: ['Résumé (en)', 'Summary (en)', 'Résumé en', 'Summary en'],
  description_en: ['Description (en)', 'Description en'],
  title_pt: ['Titre (pt)', 'Title (pt)', 'Titre pt', 'Title pt'],
  summary_pt: ['Résumé (pt)', 'Summary (pt)', 'Résumé pt', 'Summary pt'],
  description_pt: ['Description (pt)', 'Description pt'],
  title_ar: ['Titre (ar)', 'Title (ar)', 'Titre ar', 'Title ar'],
  summary_ar: ['Résumé (ar)', 'Summary (ar)', 'Résumé ar', 'Summary ar'],
  description_ar: ['Description (ar)', 'Description ar'],
  category: ['Catégorie', 'Category', 'Type d’offre', 'Offer type', 'Type'],
  sectors: ['Secteurs', 'Sectors', 'Secteur', 'Sector', 'Secteurs d’activité'],
  stages: ['Étapes', 'Stages', 'Étape', 'Stage', 'Stade', 'Stade du projet', 'Business stage'],
  residenceCountries: [
    'Pays de résidence',
    'Residence countries',
    'Residence country',
    'Résidence',
    'Pays de résidence du porteur',
    'Country of residence',
  ],
  targetCountries: [
    'Pays',
    'Countries',
    'Country',
    'Pays cibles',
    'Pays cible',
    'Target countries',
    'Target country',
    'Pays d’implantation',
  ],
  diasporaOnly: ['Diaspora uniquement', 'Diaspora only', 'Réservé à la diaspora', 'Diaspora'],
  genderFocus: ['Public', 'Gender focus', 'Genre', 'Gender', 'Public visé'],
  ageMin: ['Âge min', 'Minimum age', 'Âge minimum', 'Age min'],
  ageMax: ['Âge max', 'Maximum age', 'Âge maximum', 'Age max'],
  otherConditions: [
    'Autres conditions',
    'Other conditions',
    'Conditions',
    'Conditions d’éligibilité',
    'Eligibility',
  ],
  deliveryLanguages: ['Langues', 'Languages', 'Langue', 'Language', 'Langues de l’offre'],
  format: ['Format', 'Modalité', 'Mode', 'Delivery format'],
  city: ['Ville', 'City'],
  locationCountry: ['Pays du lieu', 'Location country', 'Lieu (pays)', 'Country of the venue'],
  address: ['Adresse', 'Address', 'Lieu', 'Location'],
  costType: ['Coût', 'Cost', 'Tarif', 'Cost type', 'Type de coût', 'Gratuit ou payant'],
  price: ['Prix', 'Price', 'Montant du coût', 'Fee'],
  currency: ['Devise', 'Currency', 'Monnaie'],
  amountMin: [
    'Montant min',
    'Amount min',
    'Montant minimum',
    'Minimum amount',
    'Min amount',
    'Financement min',
  ],
  amountMax: [
    'Montant max',
    'Amount max',
    'Montant maximum',
    'Maximum amount',
    'Max amount',
    'Financement max',
    'Montant',
    'Amount',
  ],
  opensOn: ['Date d’ouverture', 'Opening date', 'Ouverture', 'Opens on', 'Open date'],
  deadline: [
    'Date limite',
    'Deadline',
    'Date de clôture',
    'Clôture',
    'Closing date',
    'Date limite de candidature',
    'Application deadline',
  ],
  rolling: ['En continu', 'Rolling', 'Permanent', 'Toute l’année', 'Open all year'],
  startsOn: ['Date de début', 'Start date', 'Début', 'Starts on'],
  endsOn: ['Date de fin', 'End date', 'Fin', 'Ends on'],
  applyUrl: [
    'Lien de candidature',
    'Application link',
    'Lien',
    'Link',
    'URL',
    'Site',
    'Website',
    'Apply URL',
    'Site web',
  ],
  applyEmail: [
    'E-mail de candidature',
    'Application e-mail',
    'Email de candidature',
    'Apply email',
    'Application email',
  ],
  contactName: ['Contact', 'Contact name', 'Nom du contact', 'Personne à contacter'],
  contactEmail: [
    'E-mail du contact',
    'Contact e-mail',
    'Email',
    'E-mail',
    'Courriel',
    'Contact email',
  ],
  contactPhone: ['Téléphone', 'Phone', 'Telephone', 'Tél', 'Contact phone'],
  tags: ['Mots-clés', 'Tags', 'Mots clés', 'Keywords', 'Étiquettes'],
};

/** Case, accent, punctuation and space blind form of a header or label. */
export function foldLabel(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const BY_HEADER = new Map<string, ImportField>();
for (const field of IMPORT_FIELDS) {
  for (const header of [field, ...FIELD_HEADERS[field]]) {
    const key = foldLabel(header);
    if (!BY_HEADER.has(key)) BY_HEADER.set(key, field);
  }
}

/** The field a header names, or null when it is not recognised. */
export function fieldOfHeader(header: string): ImportField | null {
  return BY_HEADER.get(foldLabel(header)) ?? null;
}

/** Column index → field; `null` for an ignored column. */
export type ColumnMapping = Array<ImportField | null>;

/**
 * The detected mapping of a header row, with the user's corrections (`overrides`, keyed by the
 * header as written or by its column number from 1) applied over it. A field taken by two
 * columns is kept on the first only.
 */
export function detectMapping(
  headers: readonly string[],
  overrides: Readonly<Record<string, string>> = {},
): ColumnMapping {
  const folded = new Map<string, string>();
  for (const [key, value] of Object.entries(overrides)) folded.set(foldLabel(key), value);
  const used = new Set<ImportField>();
  return headers.map((header, index) => {
    const wanted = folded.get(foldLabel(header)) ?? folded.get(String(index + 1));
    const field =
      wanted === undefined
        ? fieldOfHeader(header)
        : isImportField(wanted)
          ? wanted
          : null; /* "" or "ignore": the user left the column out */
    if (!field || used.has(field)) return null;
    used.add(field);
    return field;
  });
}
