/**
 * `npm run bench:parser`: the parser's accuracy on the real-document corpus (test/fixtures/corpus),
 * for the corpus as a whole and for each form, read three ways (the seed's units, no units, the
 * standard names as the unit list); its speed; and the time it takes on 1 MB of each adversarial
 * shape. The matching rules are in libs/parser/src/testing/corpus.ts. Writes its section of
 * docs/benchmarks.md.
 */
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { WorkingCalendar } from '@dondoc/calendar';
import { parseDirective } from '@dondoc/parser';
import { addTally, CORPUS_DIR, emptyTally, loadCorpus, scoreDraft, scores, type Form, type Tally } from '../libs/parser/src/testing/corpus';
import { seedUnits, UNIT_MODES, unitOptions, type UnitMode } from '../libs/parser/src/testing/units';
import { machine, median, writeSection } from './support';

const calendar = new WorkingCalendar();
const TODAY = '2026-12-02';
const corpus = loadCorpus();
const verbose = process.argv.includes('--misses');

const FORMS: Form[] = ['tb', 'cv', 'kh', 'qd', 'ct', 'news'];
const FORM_NAMES: Record<Form, string> = {
  tb: 'thông báo kết luận',
  cv: 'công văn, công điện',
  kh: 'kế hoạch',
  qd: 'quyết định',
  ct: 'chỉ thị',
  news: 'báo, cổng thông tin',
};

function pct(x: number): string {
  return x.toFixed(3);
}

function row(label: string, t: Tally): string {
  const s = scores(t);
  return `| ${label} | ${t.documents} | ${t.assignments.expected} | ${t.tasks.expected} | ${pct(s.assignmentF1)} | ${pct(s.taskF1)} | ${pct(s.deadlineAccuracy)} |`;
}

const accuracy: string[] = [];
const overall: Record<UnitMode, Tally> = { seed: emptyTally(), none: emptyTally(), standard: emptyTally() };
for (const mode of UNIT_MODES) {
  const byForm = new Map<Form, Tally>();
  for (const doc of corpus) {
    const draft = parseDirective(doc.text, { ...unitOptions(mode), calendar, today: TODAY, fallbackDate: doc.expected.date ?? undefined });
    const { tally, misses } = scoreDraft(draft, doc.expected);
    addTally(overall[mode], tally);
    const form = byForm.get(doc.expected.form) ?? emptyTally();
    addTally(form, tally);
    byForm.set(doc.expected.form, form);
    if (verbose && mode === 'seed' && misses.length > 0) {
      console.log(`\n# ${doc.name}`);
      for (const m of misses) console.log(JSON.stringify(m));
    }
  }
  accuracy.push(`### Units: ${mode}\n`);
  accuracy.push('| form | documents | assignments | tasks | assignment F1 | task F1 | deadline accuracy |');
  accuracy.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  accuracy.push(row('**all**', overall[mode]));
  for (const f of FORMS) {
    const t = byForm.get(f);
    if (t) accuracy.push(row(`${f} (${FORM_NAMES[f]})`, t));
  }
  accuracy.push('');
}

// `-- --write-floor` records today's scores (rounded down) as the floor the corpus test holds.
if (process.argv.includes('--write-floor')) {
  const floor = Object.fromEntries(
    UNIT_MODES.map((mode) => [mode, Object.fromEntries(Object.entries(scores(overall[mode])).map(([k, v]) => [k, Math.floor(v * 100) / 100]))]),
  );
  writeFileSync(join(CORPUS_DIR, 'scores.floor.json'), `${JSON.stringify(floor, null, 2)}\n`);
}

// Speed: the whole corpus, warmed up, then timed.
const units = seedUnits();
const options = { units, calendar, today: TODAY };
for (let i = 0; i < 5; i++) for (const doc of corpus) parseDirective(doc.text, options);
const rounds = 20;
const started = performance.now();
for (let i = 0; i < rounds; i++) for (const doc of corpus) parseDirective(doc.text, options);
const elapsed = performance.now() - started;
const corpusChars = corpus.reduce((n, d) => n + d.text.length, 0);
const perDocument = elapsed / (rounds * corpus.length);

// Adversarial and long inputs: each about 1 MB.
const fixture = readFileSync(join(__dirname, '..', 'test', 'fixtures', 'directives', 'an-duong-2023-tb-ket-luan-giao-duc.txt'), 'utf8');
const body = fixture.slice(fixture.indexOf('1. Giao phòng'), fixture.indexOf('Thừa lệnh'));
const MB = 1_000_000;
const fill = (unit: string, prefix = '') => prefix + unit.repeat(Math.ceil((MB - prefix.length) / unit.length));
const large: [string, string][] = [
  ["the fixture's assignments repeated", fixture.slice(0, fixture.indexOf('1. Giao phòng')) + body.repeat(Math.ceil(MB / body.length))],
  ['spaces in a "Số" line', fill(' ', 'Số:') + '/TB-UBND'],
  ['one line of spaces', fill(' ')],
  ['dots', fill('.')],
  ['dots and spaces', fill('. ')],
  ['dashes', fill('-')],
  ['lines of "- "', fill('- \n')],
  ['tabs', fill('\t')],
  ['"Giao " repeated', fill('Giao ')],
  ['"Phòng " repeated', fill('Phòng ')],
  ['"và " repeated', fill('và ')],
  ['"ngày " repeated', fill('ngày ')],
  ['"trước ngày 1/1 " repeated', fill('trước ngày 1/1 ')],
  ['"Giao Phòng Nội vụ, " repeated', fill('Giao Phòng Nội vụ, ')],
  ['"; Phòng Y tế" after a unit', fill('; Phòng Y tế', 'Giao Phòng Nội vụ rà soát')],
  ['"Theo đó, các xã tiếp tục. " repeated', fill('Theo đó, các xã tiếp tục. ')],
  ['digits and slashes', fill('1/')],
  ['"| " table cells', fill('| ')],
  ['HTML entities and tags', fill('&amp;&#7897;<p><b>&')],
  ['angle brackets', fill('<')],
];
const rows = large.map(([name, text]) => {
  parseDirective(text, options);
  const times = Array.from({ length: 5 }, () => {
    const t0 = performance.now();
    parseDirective(text, options);
    return performance.now() - t0;
  });
  const ms = median(times);
  return `| ${name} | ${(text.length / 1e6).toFixed(2)} MB | ${ms.toFixed(0)} ms | ${ms < 200 ? 'met' : '**missed**'} |`;
});

const s = scores(overall.none);
const section = `Machine: ${machine()}. Command: \`npm run bench:parser\` (\`-- --misses\` also prints every miss).

### Accuracy on the real-document corpus

${corpus.length} real documents in \`test/fixtures/corpus/\`, each with a clerk's extraction written before the parser ran on it. Matching rules: \`libs/parser/src/testing/corpus.ts\` (unit names compared folded, without a head's title or a trailing level word, words' Dice ≥ 0.8; among predicted assignments of the same unit, the one sharing the most tasks is paired; tasks compared by their folded words, Dice ≥ 0.8; deadline accuracy over the matched tasks). Each document is read three ways: against the demo district's units (\`seed\`), against no units (\`none\`), and against the standard names as the unit list (\`standard\`). Targets: assignment F1 ≥ 0.95, task F1 ≥ 0.90, deadline accuracy ≥ 0.95. With no units: assignment F1 ${pct(s.assignmentF1)}, task F1 ${pct(s.taskF1)}, deadline accuracy ${pct(s.deadlineAccuracy)}.

${accuracy.join('\n')}
### Speed

The corpus (${(corpusChars / 1000).toFixed(0)} kB of text) with the seed's units, ${rounds} rounds after a warm-up: ${perDocument.toFixed(2)} ms per document, ${((corpusChars * rounds) / 1e6 / (elapsed / 1000)).toFixed(1)} MB/s.

### Long and adversarial inputs (median of 5 runs after one warm-up run; target: under 200 ms for 1 MB)

| input | size | time | target |
| --- | --- | --- | --- |
${rows.join('\n')}`;
writeSection('Parser (`npm run bench:parser`)', section);
console.log(section);
