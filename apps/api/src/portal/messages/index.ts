import type { MessageCatalogue } from '../web/i18n';
import { accountMessages } from './account';
import { adminMessages } from './admin';
import { commonMessages } from './common';
import { entrepreneurMessages } from './entrepreneur';
import { organisationMessages } from './organisation';
import { openDataMessages } from './open-data';
import { publicMessages } from './public';

/**
 * Every catalogue, for sentences that travel between pages (a flash message set by one
 * section is shown by whichever page comes next).
 */
export const ALL_MESSAGES: readonly MessageCatalogue[] = [
  commonMessages,
  accountMessages,
  publicMessages,
  openDataMessages,
  entrepreneurMessages,
  organisationMessages,
  adminMessages,
];
