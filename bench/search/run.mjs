// `npm run bench:search`: builds the project (scripts/build.mjs), takes a private copy of the
// compiled apps and libs (so a build started elsewhere during the run cannot swap or delete
// the code under test), compiles bench/search next to it with the same swc settings, and runs
// it. Arguments are passed on (--quick, --sizes=…, --out=…).
import { transformFile } from '@swc/core';
import { spawn, spawnSync } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// Under node_modules/ so the copy resolves the project's packages and stays out of git.
const out = path.join(root, 'node_modules', '.cache', 'passerelle-bench-search');

const build = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

await rm(out, { recursive: true, force: true });
for (const dir of ['apps', 'libs']) {
  await cp(path.join(root, 'dist', dir), path.join(out, dir), { recursive: true });
}

const swcrc = JSON.parse(await readFile(path.join(root, '.swcrc'), 'utf8'));
const tsconfig = JSON.parse(await readFile(path.join(root, 'tsconfig.json'), 'utf8'));
const options = {
  ...swcrc,
  swcrc: false,
  sourceMaps: false,
  jsc: { ...swcrc.jsc, baseUrl: root, paths: tsconfig.compilerOptions.paths },
};
const source = path.join(root, 'bench', 'search');
async function* sources(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* sources(full);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) yield full;
  }
}
for await (const file of sources(source)) {
  const { code } = await transformFile(file, { ...options, filename: file });
  const target = path
    .join(out, 'bench', 'search', path.relative(source, file))
    .replace(/\.ts$/, '.js');
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, code);
}

// Ctrl-C reaches the benchmark too (same process group): it stops its targets and its
// database, then exits; this launcher only waits for it and passes its exit code on.
const child = spawn(
  process.execPath,
  [path.join(out, 'bench', 'search', 'main.js'), ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit', env: { ...process.env, BENCH_ROOT: root } },
);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (signal === 'SIGTERM') child.kill('SIGTERM');
  });
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 130 : 1)));
