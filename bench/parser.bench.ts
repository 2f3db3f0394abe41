/**
 * `npm run bench:parser`: notices per second on the An Dương fixture and the time to parse a
 * notice of about 1 MB. Writes its section of docs/benchmarks.md.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { WorkingCalendar } from '@dondoc/calendar';
import { parseDirective } from '@dondoc/parser';
import { demoUnits } from '../libs/parser/src/testing/units';
import { machine, writeSection } from './support';

const options = { units: demoUnits(), calendar: new WorkingCalendar(), today: '2023-09-26' };
const fixture = readFileSync(
  join(__dirname, '..', 'test', 'fixtures', 'directives', 'an-duong-2023-tb-ket-luan-giao-duc.txt'),
  'utf8',
);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timeOnce(text: string): number {
  const t0 = performance.now();
  parseDirective(text, options);
  return performance.now() - t0;
}

for (let i = 0; i < 50; i++) parseDirective(fixture, options);
const rounds = 500;
const t0 = performance.now();
for (let i = 0; i < rounds; i++) parseDirective(fixture, options);
const perSecond = rounds / ((performance.now() - t0) / 1000);

// A long notice: the fixture's assignment part repeated to about 1 MB, then adversarial text.
const body = fixture.slice(fixture.indexOf('1. Giao phòng'), fixture.indexOf('Thừa lệnh'));
const header = fixture.slice(0, fixture.indexOf('1. Giao phòng'));
let big = header;
while (big.length < 1_000_000) big += body;
const large: [string, string][] = [
  ['the fixture\'s assignments repeated', big],
  ['one line of 200 000 × "Giao "', 'Giao '.repeat(200_000)],
  ['100 000 lines of "- "', '- \n'.repeat(100_000)],
];
const rows = large.map(([name, text]) => {
  const times = Array.from({ length: 5 }, () => timeOnce(text));
  return `| ${name} | ${(text.length / 1e6).toFixed(2)} MB | ${median(times).toFixed(0)} ms |`;
});

const section = `Machine: ${machine()}. Median of 5 runs for the large inputs.

| input | size | time |
| --- | --- | --- |
| An Dương fixture notice (×${rounds}) | ${(fixture.length / 1000).toFixed(1)} kB | ${perSecond.toFixed(0)} notices/s |
${rows.join('\n')}

Target: a 1 MB notice in under 200 ms.`;
writeSection('Parser (`npm run bench:parser`)', section);
console.log(section);
