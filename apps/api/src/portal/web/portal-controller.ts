import { applyDecorators, Controller, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { CsrfGuard } from './csrf.guard';

/**
 * A controller of HTML pages: CSRF-checked forms, out of the OpenAPI document.
 * Pages are private like every route unless marked @Public().
 */
export function PortalController(prefix = ''): ClassDecorator {
  return applyDecorators(Controller(prefix), UseGuards(CsrfGuard), ApiExcludeController());
}
