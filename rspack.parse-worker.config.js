// The API and the CLI read and parse notices on worker threads (libs/parser/src/extract/parse-pool.ts),
// which load a script of their own: it is bundled as a second entry, `parse-worker.js`, beside the
// app's `main.js`, where the pool looks for it.
const { join } = require('node:path');

module.exports = (defaults) => {
  const dir = defaults.output.filename.replace(/[^/]*$/, '');
  return {
    entry: {
      main: defaults.entry,
      'parse-worker': join(__dirname, 'libs/parser/src/extract/parse-worker.ts'),
    },
    output: { ...defaults.output, filename: `${dir}[name].js` },
  };
};
