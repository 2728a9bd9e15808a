/**
 * Benchmark section: the core alone. Counties are generated first (not timed), then `evaluate` runs on the
 * grid for each standard. Reports wall time, rows per second and heap: heap is process.memoryUsage().heapUsed
 * sampled every 5 ms during the run (a sampled peak, so a short spike can be missed), minus the heap before
 * the run (after a GC when node runs with --expose-gc).
 */
import { evaluate, type EvaluateOptions } from '../../src/core/evaluate';
import { generateCounty } from '../../src/sample/generate';

export interface BenchRow {
  section: string;
  label: string;
  rows: number;
  ms: number;
  rowsPerSecond: number;
  peakHeapMB: number;
  heapGrowthMB: number;
  note?: string;
}

const MB = 1024 * 1024;

function gc(): void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) g();
}

/** Runs fn once, timing it and sampling the heap on a timer (the sampler only fires between awaits). */
export async function measure<T>(fn: () => T | Promise<T>): Promise<{ ms: number; peakHeap: number; baseHeap: number; result: T }> {
  gc();
  const baseHeap = process.memoryUsage().heapUsed;
  let peakHeap = baseHeap;
  const timer = setInterval(() => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }, 5);
  const t0 = performance.now();
  const result = await fn();
  const ms = performance.now() - t0;
  clearInterval(timer);
  // A synchronous run blocks the sampler, so also take the heap right after it (before any GC).
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  return { ms, peakHeap, baseHeap, result };
}

const RUNS: { label: string; options: EvaluateOptions }[] = [
  { label: 'quality-2017', options: { standard: 'quality-2017' } },
  { label: 'basic-2012 + hubei', options: { standard: 'basic-2012', province: 'hubei' } },
];

export async function benchCore(sizes: number[]): Promise<BenchRow[]> {
  const out: BenchRow[] = [];
  for (const n of sizes) {
    const { grid } = generateCounty({ schools: n, seed: 1000 + n, messy: true });
    for (const run of RUNS) {
      // A first small run warms the JIT so the 100-row figure is not all compile time.
      if (n === sizes[0]) evaluate({ sheets: [grid] }, run.options);
      const m = await measure(() => evaluate({ sheets: [grid] }, run.options));
      out.push({
        section: 'core evaluate',
        label: run.label,
        rows: n,
        ms: m.ms,
        rowsPerSecond: (n / m.ms) * 1000,
        peakHeapMB: m.peakHeap / MB,
        heapGrowthMB: (m.peakHeap - m.baseHeap) / MB,
        note: n >= 200000 ? (m.ms < 2000 ? 'under 2 s: yes' : 'under 2 s: NO') : undefined,
      });
    }
  }
  return out;
}
