import { AppError, type ErrorKind, type FieldViolation } from './app-error';

/** RFC 9457 problem details, with our stable `code` and the request id. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  code: string;
  requestId?: string;
  errors?: readonly FieldViolation[];
  [extension: string]: unknown;
}

export function statusOf(kind: ErrorKind): number {
  switch (kind) {
    case 'validation':
      return 400;
    case 'unauthenticated':
      return 401;
    case 'forbidden':
      return 403;
    case 'not_found':
      return 404;
    case 'conflict':
      return 409;
    case 'payload_too_large':
      return 413;
    case 'unsupported_media_type':
      return 415;
    case 'rate_limited':
      return 429;
    case 'unavailable':
      return 503;
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}

export type Language = 'en' | 'fr';

const TITLES: Record<number, Record<Language, string>> = {
  400: { en: 'Invalid request', fr: 'Requête invalide' },
  401: { en: 'Authentication required', fr: 'Authentification requise' },
  403: { en: 'Forbidden', fr: 'Accès refusé' },
  404: { en: 'Not found', fr: 'Introuvable' },
  405: { en: 'Method not allowed', fr: 'Méthode non autorisée' },
  408: { en: 'Request timeout', fr: 'Délai de requête dépassé' },
  409: { en: 'Conflict', fr: 'Conflit' },
  413: { en: 'Request body too large', fr: 'Corps de requête trop volumineux' },
  414: { en: 'Address too long', fr: 'Adresse trop longue' },
  415: {
    en: 'Unsupported media type',
    fr: 'Type de contenu non pris en charge',
  },
  429: { en: 'Too many requests', fr: 'Trop de requêtes' },
  431: { en: 'Request headers too large', fr: 'En-têtes de requête trop volumineux' },
  500: { en: 'Internal error', fr: 'Erreur interne' },
  503: { en: 'Service unavailable', fr: 'Service indisponible' },
};

export function titleFor(status: number, lang: Language): string {
  return TITLES[status]?.[lang] ?? (status >= 500 ? TITLES[500][lang] : TITLES[400][lang]);
}

/** Picks fr or en from an Accept-Language header; English when nothing matches. */
export function negotiateLanguage(acceptLanguage: string | undefined): Language {
  if (!acceptLanguage) return 'en';
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return {
        tag: tag.trim().toLowerCase(),
        q: q ? Number(q.slice(2)) || 0 : 1,
      };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('fr')) return 'fr';
    if (tag.startsWith('en')) return 'en';
  }
  return 'en';
}

export function problemFromAppError(error: AppError, lang: Language): ProblemDetails {
  const status = statusOf(error.kind);
  // Details first: an extension member can never overwrite the standard ones or our code.
  const problem: ProblemDetails = {
    ...error.extra.details,
    type: problemType(error.code),
    title: titleFor(status, lang),
    status,
    detail: error.message,
    code: error.code,
  };
  if (error.extra.violations) problem.errors = error.extra.violations;
  return problem;
}

export function problemType(code: string): string {
  return `urn:passerelle:problem:${code}`;
}
