import type { Translate } from './i18n';

/**
 * The sentences of assets/combobox.js, for the data attributes of an enhanced select or
 * checkbox group (views/partials/combobox-data). `{label}` is left for the script to fill.
 */
export function comboboxTexts(t: Translate): Record<string, string> {
  return {
    hint: t('editing.combobox.hint'),
    remove: t('editing.combobox.remove', { label: '{label}' }),
    added: t('editing.combobox.added', { label: '{label}' }),
    removed: t('editing.combobox.removed', { label: '{label}' }),
    noMatch: t('editing.combobox.noMatch'),
    chosen: t('editing.combobox.chosen'),
  };
}
