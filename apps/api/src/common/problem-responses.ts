import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiProperty, ApiResponse, getSchemaPath } from '@nestjs/swagger';

export class FieldViolationDto {
  @ApiProperty({ example: 'email' }) field: string;
  @ApiProperty({ example: 'isEmail' }) rule: string;
  @ApiProperty({ example: 'email must be an email' }) message: string;
}

/** RFC 9457 problem document, as every error of the API is answered. */
export class ProblemDto {
  @ApiProperty({ example: 'urn:passerelle:problem:CORE.VALIDATION_FAILED' }) type: string;
  @ApiProperty({ example: 'Invalid request' }) title: string;
  @ApiProperty({ example: 400 }) status: number;
  @ApiProperty({ example: 'The request is not valid.' }) detail: string;
  @ApiProperty({ example: 'CORE.VALIDATION_FAILED' }) code: string;
  @ApiProperty({ example: '/api/v1/auth/sign-in' }) instance: string;
  @ApiProperty({ example: '5b0c7a2e-8d0e-4f7e-9a43-2f3e0c1d9b10' }) requestId: string;
  @ApiProperty({ type: [FieldViolationDto], required: false }) errors?: FieldViolationDto[];
}

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input: `errors` lists each field and rule.',
  401: 'Not signed in, or the session ended.',
  403: 'Signed in, but this account may not do this.',
  404: 'Not found (or not yours).',
  409: 'Conflicts with the current state.',
  429: 'Too many attempts; see Retry-After.',
};

/** Documents the problem+json answers a route can give. */
export function ApiProblems(...statuses: number[]) {
  return applyDecorators(
    ApiExtraModels(ProblemDto),
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: DESCRIPTIONS[status] ?? 'Error',
        content: { 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDto) } } },
      }),
    ),
  );
}
