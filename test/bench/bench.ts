/**
 * `npm run bench`: speed of Junheng on generated counties. Each section lives in its own file and returns rows;
 * add a section by importing it and appending to SECTIONS. Sizes: BENCH_SIZES=100,10000,200000 (default).
 * For steadier heap figures run `NODE_OPTIONS=--expose-gc npm run bench`.
 */
import { benchCore, type BenchRow } from './core';
import { benchOfficeSyncs } from './syncs';

const SIZES = (process.env.BENCH_SIZES ?? '100,10000,200000').split(',').map(Number);

const SECTIONS: { name: string; run: () => Promise<BenchRow[]> }[] = [{ name: 'core', run: () => benchCore(SIZES) }];
// Excel round trips of the add-in for 100 / 1 000 / 10 000 schools (fixed sizes: the fake Excel is slow at 200 000).
SECTIONS.push({ name: 'office.js syncs', run: () => benchOfficeSyncs() });

function fmt(row: BenchRow): string {
  return [
    row.section.padEnd(16),
    row.label.padEnd(20),
    String(row.rows).padStart(7),
    `${row.ms.toFixed(1).padStart(9)} ms`,
    row.cpuMs === undefined ? ' '.repeat(13) : `cpu ${row.cpuMs.toFixed(0).padStart(6)} ms`,
    `${Math.round(row.rowsPerSecond).toLocaleString('en-US').padStart(11)} rows/s`,
    `heap peak ${row.peakHeapMB.toFixed(0).padStart(5)} MB (+${row.heapGrowthMB.toFixed(0)} MB)`,
    row.note ?? '',
  ].join('  ');
}

async function main(): Promise<void> {
  const gcNote = (globalThis as { gc?: unknown }).gc ? 'GC before each run (--expose-gc)' : 'no --expose-gc: heap baseline includes garbage';
  const os = await import('node:os');
  console.log(`Junheng benchmark — node ${process.version}, ${os.cpus().length} CPUs, load ${os.loadavg()[0].toFixed(1)}, ${gcNote}`);
  console.log('ms = wall time; cpu = process CPU time (all threads); heap = heapUsed sampled at progress calls and after the run (a lower bound of the peak)');
  for (const section of SECTIONS) {
    try {
      for (const row of await section.run()) console.log(fmt(row));
    } catch (e) {
      console.log(`${section.name.padEnd(16)}  failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
