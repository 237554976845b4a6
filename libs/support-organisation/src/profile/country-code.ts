// The rule lives with the reference data in @app/core; re-exported for this lib's DTOs.
export { IsCountryCode, isCountryCode } from '@app/core';
