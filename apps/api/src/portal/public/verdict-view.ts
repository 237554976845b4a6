import type { EligibilityReason, EligibilityResult, Verdict } from '@app/entrepreneur-profile';
import type { Translate } from '../web/i18n';
import type { Formatter } from './format';

/** A result's eligibility as a results list shows it: a word and at most one short reason. */
export interface VerdictView {
  readonly verdict: Verdict;
  readonly label: string;
  readonly reason?: string;
}

/**
 * The one reason worth a line under a result: what rules it out, else what only partly fits,
 * else what the profile does not say yet. An eligible offer needs none.
 */
export function keyReason(result: EligibilityResult): EligibilityReason | undefined {
  if (result.verdict === 'eligible') return undefined;
  return (
    result.reasons.find((r) => r.status === 'unmet') ??
    result.reasons.find((r) => r.status === 'unknown')
  );
}

/** The reason in the page's language (catalogue section `discovery`). */
export function reasonLine(t: Translate, fmt: Formatter, reason: EligibilityReason): string {
  const p = reason.params;
  const codes = (value: unknown) => (Array.isArray(value) ? (value as string[]) : []);
  switch (reason.code) {
    case 'residence':
      return reason.status === 'unknown'
        ? t('verdict.reason.residence.unknown')
        : t('verdict.reason.residence', { countries: fmt.countries(codes(p.allowed)) });
    case 'target':
      return reason.status === 'unknown'
        ? t('verdict.reason.target.unknown')
        : t('verdict.reason.target', { countries: fmt.countries(codes(p.allowed)) });
    case 'diaspora':
      return t(
        reason.status === 'unknown' ? 'verdict.reason.diaspora.unknown' : 'verdict.reason.diaspora',
      );
    case 'stage':
      return reason.status === 'unknown'
        ? t('verdict.reason.stage.unknown')
        : t('verdict.reason.stage', {
            stages: fmt.join(codes(p.allowed).map((c) => fmt.term('stage', c))),
          });
    case 'sector':
      return reason.status === 'unknown'
        ? t('verdict.reason.sector.unknown')
        : t('verdict.reason.sector', {
            sectors: fmt.join(codes(p.allowed).map((c) => fmt.term('sector', c))),
          });
    case 'age':
      return t('verdict.reason.age', { min: Number(p.min), max: Number(p.max) });
    case 'gender':
      return t(p.focus === 'women' ? 'verdict.reason.gender.women' : 'verdict.reason.gender.men');
    case 'deadline':
      return t('verdict.reason.deadline');
    default: {
      const unreachable: never = reason.code;
      return unreachable;
    }
  }
}

export function verdictView(t: Translate, fmt: Formatter, result: EligibilityResult): VerdictView {
  const reason = keyReason(result);
  return {
    verdict: result.verdict,
    label: t(`verdict.${result.verdict}`),
    reason: reason && reasonLine(t, fmt, reason),
  };
}
