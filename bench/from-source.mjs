/**
 * `node --import ./bench/from-source.mjs src/cli.ts ...`: runs the CLI from its TypeScript
 * source, without a build, for benchmarks of code dist/ does not have yet. Node (>= 23.6)
 * strips the types itself; this hook only maps the sources' `./x.js` imports to the
 * `./x.ts` files beside them (what tsc and ncc do at build time).
 */
import { existsSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier.startsWith('.') && specifier.endsWith('.js') && context.parentURL) {
      const ts = new URL(specifier.replace(/\.js$/, '.ts'), context.parentURL);
      if (ts.protocol === 'file:' && existsSync(fileURLToPath(ts))) {
        return nextResolve(ts.href, context);
      }
    }
    return nextResolve(specifier, context);
  },
});
