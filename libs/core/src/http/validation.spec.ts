import { plainToInstance } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEmail,
  IsIn,
  IsInt,
  IsString,
  Length,
  Max,
  validate,
} from 'class-validator';
import { violationMessage } from '../errors/problem-details';
import { toViolations, VALIDATOR_OPTIONS } from './validation';

class Inner {
  @IsInt() @Max(120) age!: number;
}

class Sample {
  @IsEmail() email!: string;
  @IsString() @Length(2, 80) name!: string;
  @IsIn(['daily', 'weekly']) frequency!: string;
  @ArrayMaxSize(3) tags!: string[];
  inner!: Inner;
}

async function violationsOf(plain: Record<string, unknown>) {
  return toViolations(await validate(plainToInstance(Sample, plain), VALIDATOR_OPTIONS));
}

describe('toViolations', () => {
  it('carries each rule’s values from the DTO, for its sentence in other languages', async () => {
    const violations = await violationsOf({
      email: 'nope',
      name: 'x',
      frequency: 'hourly',
      tags: ['a', 'b', 'c', 'd'],
      extra: 1,
    });
    const byRule = Object.fromEntries(violations.map((v) => [v.rule, v]));
    expect(byRule.isLength.params).toEqual({ min: 2, max: 80 });
    expect(byRule.isIn.params).toEqual({ values: 'daily, weekly' });
    expect(byRule.arrayMaxSize.params).toEqual({ max: 3 });
    expect(byRule.isEmail.params).toBeUndefined();
    expect(byRule.unknownProperty).toEqual({
      field: 'extra',
      rule: 'unknownProperty',
      message: 'extra is not an accepted property',
    });
    expect(violationMessage(byRule.isLength, 'pt')).toBe('Use entre 2 e 80 caracteres.');
    expect(violationMessage(byRule.isIn, 'fr')).toBe('Choisissez parmi : daily, weekly.');
    expect(violationMessage(byRule.arrayMaxSize, 'ar')).toBe('اختر 3 قيم على الأكثر.');
    // English stays class-validator's (or the DTO's) sentence.
    expect(violationMessage(byRule.isLength, 'en')).toBe(byRule.isLength.message);
  });
});
