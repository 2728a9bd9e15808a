/**
 * `npm run bench`: speed of Junheng on generated counties. Each section lives in its own file and returns rows;
 * add a section by importing it and appending to SECTIONS. Run with `node --expose-gc` (the npm script does via
 * NODE_OPTIONS if set) for steadier heap figures.
 */
import { benchCore, type BenchRow } from './core';

const SIZES = (process.env.BENCH_SIZES ?? '100,10000,200000').split(',').map(Number);

const SECTIONS: { name: string; run: () => Promise<BenchRow[]> }[] = [{ name: 'core', run: () => benchCore(SIZES) }];

function fmt(row: BenchRow): string {
  return [
    row.section.padEnd(16),
    row.label.padEnd(20),
    String(row.rows).padStart(7),
    `${row.ms.toFixed(1).padStart(9)} ms`,
    `${Math.round(row.rowsPerSecond).toLocaleString('en-US').padStart(11)} rows/s`,
    `heap peak ${row.peakHeapMB.toFixed(0).padStart(5)} MB (+${row.heapGrowthMB.toFixed(0)} MB)`,
    row.note ?? '',
  ].join('  ');
}

async function main(): Promise<void> {
  const gcNote = (globalThis as { gc?: unknown }).gc ? 'GC before each run (--expose-gc)' : 'no --expose-gc: heap baseline includes garbage';
  console.log(`Junheng benchmark — node ${process.version}, ${gcNote}; heap = sampled heapUsed`);
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
