// Compiles apps/ and libs/ to dist/ with swc (no type-check: `npm run typecheck` does that).
// swc is ~50x faster than tsc here, which keeps `npm start` and `npm test` quick on a fresh clone.
import { transformFile } from '@swc/core';
import { cp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
// Built beside dist/ then swapped in, so a test run or `npm start` reading dist/ while
// another build runs never sees a half-written tree.
const out = path.join(root, `.dist-build-${process.pid}`);
const sourceDirs = ['apps', 'libs'];
// Test files and test-only helpers (testing/ folders) stay out of dist/.
const isTest = (f) =>
  /\.(spec|int-spec|e2e-spec)\.ts$/.test(f) || f.includes(`${path.sep}testing${path.sep}`);

async function* walk(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else yield full;
  }
}

const swcrc = JSON.parse(await readFile(path.join(root, '.swcrc'), 'utf8'));
const tsconfig = JSON.parse(await readFile(path.join(root, 'tsconfig.json'), 'utf8'));
const options = {
  ...swcrc,
  swcrc: false,
  // swc rewrites the @app/* aliases of tsconfig.json into relative requires.
  jsc: { ...swcrc.jsc, baseUrl: root, paths: tsconfig.compilerOptions.paths },
};

const started = Date.now();
await rm(out, { recursive: true, force: true });
const jobs = [];
for (const dir of sourceDirs) {
  for await (const file of walk(path.join(root, dir))) {
    const rel = path.relative(root, file);
    const target = path.join(out, rel);
    if (file.endsWith('.ts') && !file.endsWith('.d.ts')) {
      if (isTest(file)) continue;
      jobs.push(
        (async () => {
          const js = target.replace(/\.ts$/, '.js');
          const { code, map } = await transformFile(file, {
            ...options,
            filename: file,
            sourceFileName: path.relative(path.dirname(js), file),
          });
          await mkdir(path.dirname(js), { recursive: true });
          await writeFile(js, `${code}\n//# sourceMappingURL=${path.basename(js)}.map\n`);
          if (map) await writeFile(`${js}.map`, map);
        })(),
      );
    } else if (!file.endsWith('.d.ts')) {
      // Assets next to the code (word lists, templates) travel with it.
      jobs.push(mkdir(path.dirname(target), { recursive: true }).then(() => cp(file, target)));
    }
  }
}
await Promise.all(jobs);
const previous = path.join(root, `.dist-old-${process.pid}`);
for (let attempt = 0; ; attempt += 1) {
  await rename(dist, previous).catch((error) => {
    if (error.code !== 'ENOENT') throw error;
  });
  try {
    await rename(out, dist);
    break;
  } catch (error) {
    // Another build swapped its tree in between our two renames: move it aside and retry.
    if (!['ENOTEMPTY', 'EEXIST'].includes(error.code) || attempt > 20) throw error;
    await rm(previous, { recursive: true, force: true });
  }
}
await rm(previous, { recursive: true, force: true });
if (process.env.BUILD_QUIET !== '1') {
  console.error(`build: ${jobs.length} files in ${Date.now() - started} ms`);
}
