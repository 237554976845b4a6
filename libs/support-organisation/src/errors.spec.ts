import { uncatalogued } from '@app/core';
import { VERIFICATION_STATUSES } from './entities/organisation.entity';
import { organisationNotFound, unknownOrganisation, verificationConflict } from './errors';

describe('organisation errors in the problem catalogue', () => {
  it('say what the code says, whatever the verification status', () => {
    expect(
      uncatalogued([
        organisationNotFound(),
        unknownOrganisation(),
        ...VERIFICATION_STATUSES.map(verificationConflict),
      ]),
    ).toEqual([]);
  });
});
