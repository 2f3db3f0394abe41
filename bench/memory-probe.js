// Preloaded into the API by bench/attachments.bench.ts (`node -r`): sends the process's memory to
// the benchmark over the IPC channel every 20 ms, heap included, which /proc cannot tell.
if (process.send) {
  setInterval(() => process.send(process.memoryUsage()), 20).unref();
}
