import { messageSection, type MessageCatalogue } from '../web/i18n';

// The sections of the message catalogues (libs/core/src/i18n/locales/*.json) a page uses.
/** Layout, navigation, errors and form words used on every page. */
export const commonMessages = messageSection('common');
export const accountMessages = messageSection('account');
export const publicMessages = messageSection('public');
export const openDataMessages = messageSection('openData');
export const entrepreneurMessages = messageSection('entrepreneur');
export const organisationMessages = messageSection('organisation');
export const adminMessages = messageSection('admin');
/** The offer editor and its pickers (tabs, comboboxes, preview), also used by the back office. */
export const editingMessages = messageSection('editing');
/** Offer statistics: the organisation space's page and the admin dashboard's charts. */
export const analyticsMessages = messageSection('analytics');
/** E-mail sentences, and the pages about e-mails (deadline reminder switches and stop links). */
export const mailMessages = messageSection('mail');
/** Profile set-up, eligibility on results, sharing, the home page's figures and map (issue 15). */
export const discoveryMessages = messageSection('discovery');

/**
 * Every section, for sentences that travel between pages (a flash message set by one
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
  editingMessages,
  analyticsMessages,
  mailMessages,
  discoveryMessages,
];
