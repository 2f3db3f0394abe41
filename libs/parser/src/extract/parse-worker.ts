/**
 * The worker thread behind ParsePool: reads an upload's text and parses it, away from the event
 * loop that answers every other request. Loaded by piscina from source under ts-node (tests,
 * development) or as dist/apps/<app>/parse-worker.js (an entry of the build).
 */
import type { MessagePort } from 'node:worker_threads';
import { WorkingCalendar } from '@dondoc/calendar';
import { parseDirective } from '../parse-directive';
import { DocumentRejectedError } from './errors';
import { extractUploadText, capText } from './extract-text';
import { PdfTimeoutError } from './pdf';
import type { ParseJob, ParseJobResult, WorkerNotice } from './parse-job';

export default async function parseJob(job: ParseJob): Promise<ParseJobResult> {
  const tell = (notice: WorkerNotice) => job.progress?.postMessage(notice);
  const started = Date.now();
  tell({ type: 'started' });
  try {
    // A stand-in for a pathological document, for tests only: it holds this thread the way a slow parse would.
    if (job.testSpinMs) for (const until = Date.now() + job.testSpinMs; Date.now() < until;);
    const { source } = job;
    let text =
      source.kind === 'text'
        ? capText(source.text, job.limits.maxTextChars)
        : await extractUploadText(source.kind, source.data, {
            filename: source.filename,
            limits: job.limits,
            ocr: job.ocr,
            // Child processes stop a little before the pool would end this thread, so they never outlive it.
            deadline: started + job.timeoutMs - 500,
            onOcr: () => {
              tell({ type: 'ocr' });
              return Date.now() + job.ocrTimeoutMs - 500;
            },
          });
    if (!text.trim()) {
      throw new DocumentRejectedError('empty', 'Văn bản trống: hãy dán nội dung thông báo hoặc tải lên tệp .docx/.pdf/.txt');
    }
    const draft = job.parse
      ? parseDirective(text, {
          units: job.parse.units,
          calendar: new WorkingCalendar(job.parse.calendar),
          today: job.parse.today,
          fallbackDate: job.parse.fallbackDate,
        })
      : null;
    return { ok: true, text, draft };
  } catch (err) {
    // Classes do not survive the trip back to the main thread: a plain result does.
    if (err instanceof DocumentRejectedError) return { ok: false, code: err.code, message: err.message };
    if (err instanceof PdfTimeoutError) return { ok: false, code: 'timeout', message: '' };
    throw err;
  } finally {
    (job.progress as MessagePort | undefined)?.close();
  }
}
