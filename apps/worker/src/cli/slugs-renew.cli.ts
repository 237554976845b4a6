import { loadConfigOrExit } from '@app/core';
import { CatalogueModule, OfferSlugService } from '@app/catalogue';
import { OrganisationService } from '@app/support-organisation';
import { exitWith, withCliContext } from './cli-module';

// `npm run slugs:renew`, once after upgrading: offers and organisations named in Arabic (or
// another non-Latin script) get transliterated slugs; their old addresses answer 301.

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  await withCliContext({ config, name: 'slugs', imports: [CatalogueModule] }, async (app) => {
    const organisations = await app.get(OrganisationService).renewTransliteratedSlugs();
    const offers = await app.get(OfferSlugService).renewTransliterated();
    console.log(`New slugs: ${organisations} organisations, ${offers} offers.`);
  });
}

exitWith(main());
