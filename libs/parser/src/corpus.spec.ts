import { readFileSync } from 'fs';
import { join } from 'path';
import { WorkingCalendar } from '@dondoc/calendar';
import { parseDirective } from './parse-directive';
import { addTally, CORPUS_DIR, emptyTally, loadCorpus, scoreDraft, scores, type Scores } from './testing/corpus';
import { UNIT_MODES, unitOptions, type UnitMode } from './testing/units';

/**
 * The parser on the real documents of test/fixtures/corpus: the scores may rise, never fall below
 * the floor recorded in scores.floor.json (raised by hand when the parser gets better).
 */
const corpus = loadCorpus();
const floor = JSON.parse(readFileSync(join(CORPUS_DIR, 'scores.floor.json'), 'utf8')) as Record<UnitMode, Scores>;
const calendar = new WorkingCalendar();
// A clerk gives the date of a document that prints none (a news report); the parser never needs today's.
const TODAY = '2026-12-02';

describe('the real-document corpus', () => {
  it('holds documents with their source and the clerk’s extraction', () => {
    expect(corpus.length).toBeGreaterThan(0);
    for (const doc of corpus) {
      const firstLine = readFileSync(join(CORPUS_DIR, `${doc.name}.txt`), 'utf8')
        .split('\n')[0]
        ?.trim();
      expect({ doc: doc.name, source: firstLine }).toEqual({ doc: doc.name, source: doc.expected.source });
      expect(['tb', 'cv', 'kh', 'qd', 'ct', 'news']).toContain(doc.expected.form);
      for (const a of doc.expected.assignments) {
        expect(a.unitText.trim().length).toBeGreaterThan(0);
        for (const t of a.tasks) if (t.deadline !== null) expect(t.deadline).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  it.each(UNIT_MODES)('scores no lower than its floor with units: %s', (mode) => {
    const total = emptyTally();
    for (const doc of corpus) {
      const draft = parseDirective(doc.text, { ...unitOptions(mode), calendar, today: TODAY, fallbackDate: doc.expected.date ?? undefined });
      addTally(total, scoreDraft(draft, doc.expected).tally);
    }
    const got = scores(total);
    for (const key of ['assignmentF1', 'taskF1', 'deadlineAccuracy'] as const) {
      expect({ mode, key, atLeastFloor: got[key] >= floor[mode][key] - 1e-9, got: got[key] }).toEqual({ mode, key, atLeastFloor: true, got: got[key] });
    }
  });
});
