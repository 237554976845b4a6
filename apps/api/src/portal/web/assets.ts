import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Stylesheets and scripts of the pages, served under /assets/ with long-lived caching. */
export const ASSETS_DIR = path.join(__dirname, '..', 'assets');
export const ASSETS_PREFIX = '/assets/';

// A content hash in the URL lets browsers keep assets for a year and still see changes.
const versions = new Map<string, string>(
  readdirSync(ASSETS_DIR).map((name) => [
    name,
    createHash('sha256')
      .update(readFileSync(path.join(ASSETS_DIR, name)))
      .digest('hex')
      .slice(0, 10),
  ]),
);

export function assetUrl(name: string): string {
  const version = versions.get(name);
  if (!version) throw new Error(`Unknown asset ${name}`);
  return `${ASSETS_PREFIX}${name}?v=${version}`;
}
