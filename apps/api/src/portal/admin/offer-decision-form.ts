import type { FieldViolation } from '@app/core';
import { DecisionDto } from '../../catalogue/moderation.dto';
import { text, validateWith, type FormBody } from '../web/forms';

/** A decision form as posted, with the API's DTO rules: the review page and bulk moderation. */
export interface DecisionForm {
  /** As typed, to fill the form again when it is refused. */
  readonly values: { decision: string; reason: string };
  readonly value: DecisionDto;
  readonly violations: FieldViolation[];
}

/** An empty reason is no reason, as the API reads an omitted one. */
export async function readDecision(form: FormBody): Promise<DecisionForm> {
  const values = { decision: text(form, 'decision'), reason: text(form, 'reason') };
  const { value, violations } = await validateWith(DecisionDto, {
    decision: values.decision,
    reason: values.reason === '' ? undefined : values.reason,
  });
  return { values, value, violations };
}
