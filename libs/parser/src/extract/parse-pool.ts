import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { DirectiveDraft } from '../types';
import { DEFAULT_EXTRACT_LIMITS, DocumentRejectedError, type ExtractLimits } from './errors';
import { DEFAULT_OCR_TOOLS, type OcrTools } from './ocr';
import type { ParseContext, ParseJob, ParseJobResult, ParseSource, WorkerNotice } from './parse-job';

/** A job ran past its time limit (or past the memory a worker may use): the worker was stopped. */
export class ParseTimeoutError extends Error {
  constructor(
    readonly seconds: number,
    readonly ocr: boolean,
  ) {
    super(
      ocr
        ? `Nhận dạng chữ (OCR) bản quét quá ${seconds} giây nên đã dừng. Hãy tải lên bản có lớp chữ (.docx hoặc PDF xuất từ Word) hoặc dán nội dung văn bản.`
        : `Văn bản quá phức tạp: phân tích quá ${seconds} giây nên đã dừng. Hãy thử tách văn bản thành nhiều phần, hoặc dán nội dung thay vì tải tệp.`,
    );
    this.name = 'ParseTimeoutError';
  }
}

/** Every worker is busy and the queue is full, or a job waited too long for a worker. */
export class ParseBusyError extends Error {
  constructor() {
    super('Máy chủ đang bận phân tích các văn bản khác: hãy thử lại sau ít phút.');
    this.name = 'ParseBusyError';
  }
}

export interface ParsePoolOptions {
  /** Time one job may run, from when a worker takes it. */
  timeoutMs: number;
  /** Time a scanned PDF may take once OCR starts. */
  ocrTimeoutMs?: number;
  maxThreads?: number;
  limits?: Partial<ExtractLimits>;
  ocr?: Partial<OcrTools>;
  /** Honour `testSpinMs` (tests only). */
  testHooks?: boolean;
}

/**
 * Text extraction and parsing on a pool of worker threads (piscina), so that a slow or hostile
 * document never holds the event loop that answers everyone else. Each job has a time limit from
 * the moment a worker starts it; past it the worker is terminated (piscina's abort does that to a
 * running task) and the caller gets a ParseTimeoutError.
 */
export class ParsePool {
  private readonly pool: Piscina;
  private readonly limits: ExtractLimits;
  private readonly ocr: OcrTools;
  private readonly ocrTimeoutMs: number;

  constructor(private readonly options: ParsePoolOptions) {
    this.limits = { ...DEFAULT_EXTRACT_LIMITS, ...options.limits };
    this.ocr = { ...DEFAULT_OCR_TOOLS, ...options.ocr };
    this.ocrTimeoutMs = options.ocrTimeoutMs ?? Math.max(options.timeoutMs, 120_000);
    const maxThreads = options.maxThreads ?? Math.max(2, availableParallelism() - 1);
    this.pool = new Piscina({
      ...workerScript(),
      minThreads: 0,
      maxThreads,
      // Past this many waiting jobs a clerk is told the server is busy rather than left waiting.
      maxQueue: maxThreads * 8,
      idleTimeout: 60_000,
      // A document that makes the parser balloon ends its own worker, not the API.
      resourceLimits: { maxOldGenerationSizeMb: 1024 },
    });
  }

  /** The text of `source` and, when `context` is given, its parsed draft. */
  async run(source: ParseSource, context: ParseContext | null, hooks: { testSpinMs?: number } = {}): Promise<{ text: string; draft: DirectiveDraft | null }> {
    const channel = new MessageChannel();
    const abort = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    let ocr = false;
    let timedOut = false;
    const stopAfter = (ms: number, onStop: () => void) => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        onStop();
        abort.abort();
      }, ms);
    };
    // A job still waiting for a worker after a few time limits will not be answered in time anyway.
    let busy = false;
    stopAfter(this.options.timeoutMs * 3, () => (busy = true));
    channel.port1.on('message', (notice: WorkerNotice) => {
      if (notice.type === 'started') stopAfter(this.options.timeoutMs, () => (timedOut = true));
      else if (notice.type === 'ocr') {
        ocr = true;
        stopAfter(this.ocrTimeoutMs, () => (timedOut = true));
      }
    });
    const job: ParseJob = {
      source,
      parse: context,
      limits: this.limits,
      ocr: this.ocr,
      timeoutMs: this.options.timeoutMs,
      ocrTimeoutMs: this.ocrTimeoutMs,
      progress: channel.port2,
      testSpinMs: this.options.testHooks ? hooks.testSpinMs : undefined,
    };
    let result: ParseJobResult;
    try {
      result = await this.pool.run(job, { transferList: [channel.port2] as never, signal: abort.signal });
    } catch (err) {
      if (timedOut) throw new ParseTimeoutError(Math.round((ocr ? this.ocrTimeoutMs : this.options.timeoutMs) / 1000), ocr);
      if (busy || /queue is at limit/i.test((err as Error)?.message ?? '')) throw new ParseBusyError();
      if ((err as { code?: string })?.code === 'ERR_WORKER_OUT_OF_MEMORY') throw new ParseTimeoutError(Math.round(this.options.timeoutMs / 1000), false);
      throw err;
    } finally {
      clearTimeout(timer);
      channel.port1.close();
    }
    if (!result.ok) {
      if (result.code === 'timeout') throw new ParseTimeoutError(Math.round((ocr ? this.ocrTimeoutMs : this.options.timeoutMs) / 1000), ocr);
      throw new DocumentRejectedError(result.code, result.message);
    }
    return { text: result.text, draft: result.draft };
  }

  /** Ends the workers; jobs still running are stopped. */
  async close(): Promise<void> {
    await this.pool.close({ force: true });
  }
}

/**
 * The worker's file: from source under ts-node when this module runs from source (jest, ts-node),
 * else the bundle's own entry `parse-worker.js` beside the app's main.js (rspack.parse-worker.config.js).
 */
function workerScript(): { filename: string; execArgv?: string[]; env?: Record<string, string | undefined> } {
  if (__filename.endsWith('.ts')) {
    const root = findUp(__dirname, 'tsconfig.json');
    // createRequire: a bundler would turn a bare require.resolve into a module id.
    const resolve = createRequire(__filename).resolve;
    return {
      filename: join(__dirname, 'parse-worker.ts'),
      execArgv: ['--require', resolve('ts-node/register/transpile-only'), '--require', resolve('tsconfig-paths/register')],
      env: { ...process.env, TS_NODE_PROJECT: join(root, 'tsconfig.json'), TS_NODE_TRANSPILE_ONLY: 'true' },
    };
  }
  return { filename: join(__dirname, 'parse-worker.js') };
}

function findUp(dir: string, file: string): string {
  for (let directory = dir; ; directory = dirname(directory)) {
    if (existsSync(join(directory, file))) return directory;
    if (dirname(directory) === directory) return dir;
  }
}
