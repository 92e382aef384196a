// Preloaded into a measured process (node --import): on exit it writes the process's peak resident
// memory, worker threads included, to the file named by NIANBAO_BENCH_RSS_FILE. Benchmark use only.
import { writeFileSync } from 'node:fs';

const file = process.env.NIANBAO_BENCH_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
