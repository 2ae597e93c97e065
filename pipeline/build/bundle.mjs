/**
 * Compiles one stage of pipeline/ into a single JavaScript file that plain `node` runs, so a stage does not pay
 * for compiling its TypeScript at every start (≈ 0.4 s a stage with tsx). The Makefile runs the bundles; the tests
 * and tools keep running the TypeScript sources through tsx.
 *
 * The bundle behaves as the source would under tsx:
 * - the packages written in plain JavaScript are copied in, so that starting a stage reads and links one file instead
 *   of resolving and loading hundreds of modules (vega alone is about 30 packages): ≈ 0.1–0.2 s less start-up per
 *   stage. Those that must stay in node_modules are imported from there (KEEP_EXTERNAL: native code, or data files
 *   read from beside their own code). A bundle is rebuilt when the packages change (`make` makes it depend on the
 *   install stamp);
 * - every `import.meta.url` is the URL of the source file it is written in, so paths found from it (schemas/,
 *   sources/reference/, templates, fonts, worker scripts) are the same;
 * - process.argv[1] is the stage's source file, so each file's "am I the program?" check answers as before.
 * It also writes <bundle>.d, the bundle's dependencies in Make's syntax (every source file it was built from),
 * so the bundle, and the stage that runs it, are rebuilt exactly when one of those files changes.
 * Plain JavaScript (not TypeScript) so that it runs without a compiler. Usage: node bundle.mjs <entry.ts> <out.mjs>
 */
import { build } from 'esbuild';
import { readFileSync, renameSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

const [entry, outFile] = process.argv.slice(2);
if (!entry || !outFile) {
  process.stderr.write('Usage: node pipeline/build/bundle.mjs <pipeline/stage.ts> <build/js/stage.mjs>\n');
  process.exit(2);
}
const outDir = resolve(dirname(outFile));

/**
 * Packages a bundle imports from node_modules instead of copying in: @resvg/resvg-js loads a native module; pdfkit
 * finds its standard fonts and colour profile from its own location (`import.meta.url`), which a copy would not.
 */
const KEEP_EXTERNAL = ['@resvg/resvg-js', 'pdfkit'];

/** `import.meta.url` as the URL of `file`, written relative to the bundle so the tree can move. */
function sourceUrl(file) {
  return `new URL(${JSON.stringify(relative(outDir, file))}, import.meta.url).href`;
}

/** Replaces `import.meta.url` in each of our TypeScript files by the URL of that file. */
const sourceUrls = {
  name: 'source-urls',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, (args) => {
      if (args.path.includes('/node_modules/')) return undefined;
      const text = readFileSync(args.path, 'utf8').replace(/\bimport\.meta\.url\b/g, sourceUrl(args.path));
      return { contents: text, loader: 'ts' };
    });
  },
};

const result = await build({
  entryPoints: [entry],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: KEEP_EXTERNAL,
  write: false,
  metafile: true,
  outfile: outFile,
  logLevel: 'error',
  legalComments: 'none',
  // `require` for the CommonJS packages copied in (their require() of Node's own modules)
  banner: { js: `import { fileURLToPath as __sourcePath } from 'node:url';\nimport { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);\nprocess.argv[1] = __sourcePath(${sourceUrl(resolve(entry))});` },
  plugins: [sourceUrls],
});

/** Writes a file whole or not at all (temp file + rename). */
function writeAtomic(path, data) {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

const inputs = Object.keys(result.metafile.inputs).filter((f) => !f.includes('node_modules/')).sort();
const bundle = result.outputFiles.find((f) => f.path.endsWith('.mjs'));
// the dependency file first: a bundle never exists without the list of what it was built from
writeAtomic(`${outFile}.d`, `${outFile}: ${inputs.join(' ')}\n${inputs.map((f) => `${f}:\n`).join('')}`);
writeAtomic(outFile, bundle.contents);
