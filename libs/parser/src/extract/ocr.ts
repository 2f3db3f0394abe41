import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The programs OCR uses; names on PATH or absolute paths. */
export interface OcrTools {
  tesseract: string;
  pdftoppm: string;
  /** Tesseract's language: Vietnamese. */
  language: string;
}

export const DEFAULT_OCR_TOOLS: Readonly<OcrTools> = Object.freeze({ tesseract: 'tesseract', pdftoppm: 'pdftoppm', language: 'vie' });

const available = new Map<string, Promise<boolean>>();

/** True when tesseract (with the language's data) and pdftoppm both run here; asked once per process. */
export function ocrAvailable(tools: OcrTools = DEFAULT_OCR_TOOLS): Promise<boolean> {
  const key = JSON.stringify(tools);
  let answer = available.get(key);
  if (!answer) {
    answer = (async () => {
      try {
        // tesseract prints its languages on stdout (older versions on stderr).
        const langs = await run(tools.tesseract, ['--list-langs'], { timeout: 10_000 });
        if (!`${langs.stdout}\n${langs.stderr}`.split(/\s+/).includes(tools.language)) return false;
        await run(tools.pdftoppm, ['-v'], { timeout: 10_000 });
        return true;
      } catch {
        return false;
      }
    })();
    available.set(key, answer);
  }
  return answer;
}

/**
 * The text of a scanned PDF: pages rasterised by pdftoppm at 300 dpi in grey (what tesseract
 * reads best), then read by one tesseract run over the list of pages. Both are child processes
 * killed at `deadline`, so a worker stopped for its time limit leaves nothing running.
 */
export async function ocrPdf(pdf: Uint8Array, pages: number, deadline: number, tools: OcrTools = DEFAULT_OCR_TOOLS): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'dondoc-ocr-'));
  const remaining = () => {
    const ms = deadline - Date.now();
    if (ms <= 0) throw new OcrTimeoutError();
    return ms;
  };
  try {
    await writeFile(join(dir, 'in.pdf'), pdf);
    await step(() =>
      run(tools.pdftoppm, ['-r', '300', '-gray', '-png', '-f', '1', '-l', String(pages), join(dir, 'in.pdf'), join(dir, 'page')], {
        timeout: remaining(),
        killSignal: 'SIGKILL',
      }),
    );
    const images = (await readdir(dir)).filter((f) => f.startsWith('page') && f.endsWith('.png')).sort(byPageNumber);
    if (!images.length) return '';
    await writeFile(join(dir, 'pages.txt'), images.map((f) => join(dir, f)).join('\n'));
    const { stdout } = await step(() =>
      run(tools.tesseract, [join(dir, 'pages.txt'), 'stdout', '-l', tools.language], {
        timeout: remaining(),
        killSignal: 'SIGKILL',
        maxBuffer: 64 * 1024 * 1024,
        // One thread per tesseract: the API's other work (and other OCR jobs) keep a core.
        env: { ...process.env, OMP_THREAD_LIMIT: '1' },
      }),
    );
    // tesseract ends each page with a form feed.
    return stdout
      .split('\f')
      .map((page) => page.trim())
      .filter(Boolean)
      .join('\n\n');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export class OcrTimeoutError extends Error {
  constructor() {
    super('OCR ran out of time');
    this.name = 'OcrTimeoutError';
  }
}

async function step<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if ((err as { killed?: boolean }).killed) throw new OcrTimeoutError();
    throw err;
  }
}

const pageNumber = (f: string) => Number(/(\d+)\.png$/.exec(f)?.[1] ?? 0);
const byPageNumber = (p: string, q: string) => pageNumber(p) - pageNumber(q);
