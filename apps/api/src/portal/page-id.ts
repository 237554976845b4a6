import { Param, type PipeTransform } from '@nestjs/common';
import { NotFoundError } from '@app/core';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A page address whose id is not a UUID names nothing: the 404 page, like an unknown id. */
class PageIdPipe implements PipeTransform<unknown, string> {
  transform(value: unknown): string {
    if (typeof value !== 'string' || !UUID.test(value)) {
      throw new NotFoundError('PORTAL.NOT_FOUND', 'No such page.');
    }
    return value.toLowerCase();
  }
}

/**
 * `@PageIdParam('id') id: string`: the route parameter `name` as a lower-case UUID. Pages
 * use this rather than the API's UuidParam (a 400 problem naming the parameter): a reader
 * who mistypes an address gets the "page not found" page in their language.
 */
export function PageIdParam(name: string): ParameterDecorator {
  return Param(name, new PageIdPipe());
}
