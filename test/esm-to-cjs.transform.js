// Compiles the ES-module-only packages (NestJS 12) to CommonJS for Jest's module runtime, which
// on Node 20 cannot require() an ES module. Node loads the same files natively at run time.
const ts = require('typescript');
const { createHash } = require('node:crypto');

module.exports = {
  process(source, filename) {
    const code = source
      // An ES module makes its own `require`; CommonJS already has one.
      .replace(/\b(?:const|let|var)\s+require\s*=\s*createRequire\(import\.meta\.url\);?/g, '')
      .replace(/\bimport\.meta\.url\b/g, "require('node:url').pathToFileURL(__filename).href")
      .replace(/\bimport\.meta\.dirname\b/g, '__dirname')
      .replace(/\bimport\.meta\.filename\b/g, '__filename');
    const { outputText } = ts.transpileModule(code, {
      fileName: filename,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2023, allowJs: true, esModuleInterop: true },
    });
    return { code: outputText };
  },
  getCacheKey(source, filename) {
    return createHash('sha1').update('esm-to-cjs-2').update(filename).update(source).digest('hex');
  },
};
