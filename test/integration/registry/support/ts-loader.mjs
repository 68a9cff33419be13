// Lets a plain `node --experimental-transform-types` process import the TypeScript sources the
// way the build does: `./x.js` in an import names `./x.ts` on disk.
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, next) {
    try {
      return next(specifier, context);
    } catch (error) {
      if (!specifier.endsWith('.js')) throw error;
      return next(`${specifier.slice(0, -3)}.ts`, context);
    }
  },
});
