/**
 * The deliveries running at once share each query: a round trip per mail and step cost the worker
 * more CPU than rendering. A few milliseconds of waiting let the concurrent jobs join one batch; no
 * cache, every load reads the database as it is now.
 */
export const BATCHING = { cache: false, maxBatchSize: 100, batchScheduleFn: (run: () => void) => void setTimeout(run, 5) };
