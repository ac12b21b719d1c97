// Loaded into the server by bench/memory.bench.ts (`node --expose-gc --import ./bench/memory-probe.mjs …`):
// on SIGUSR2 it collects garbage twice and writes process.memoryUsage() as JSON to $SHENPI_MEMORY_PROBE.
import fs from 'node:fs';

process.on('SIGUSR2', () => {
  globalThis.gc?.();
  globalThis.gc?.();
  fs.writeFileSync(process.env.SHENPI_MEMORY_PROBE, JSON.stringify(process.memoryUsage()));
});
