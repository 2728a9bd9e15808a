/**
 * Benchmark section: the core alone. Counties are generated first (not timed), then `evaluate` runs on the
 * grid for each standard. Reports wall time, rows per second and heap. evaluate is synchronous, so a timer
 * cannot sample during it; instead heapUsed is sampled at each onProgress call the engine makes and once right
 * after it returns. The peak shown is the largest of those samples — a lower bound of the true peak (a spike
 * between two progress calls is missed). Growth is that peak minus heapUsed before the run (taken after a GC
 * when node runs with --expose-gc; otherwise the baseline includes garbage).
 */
import { evaluate, type EvaluateOptions } from '../../src/core/evaluate';
import { generateCounty } from '../../src/sample/generate';

export interface BenchRow {
  section: string;
  label: string;
  rows: number;
  ms: number;
  /** CPU time of the process during the run (user + system, all threads incl. GC): wall time on a busy machine overstates. */
  cpuMs?: number;
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

/** Runs fn once with a heap sampler the function can call; samples also before and after. */
export async function measure<T>(fn: (sample: () => void) => T | Promise<T>): Promise<{ ms: number; cpuMs: number; peakHeap: number; baseHeap: number; result: T }> {
  gc();
  const baseHeap = process.memoryUsage().heapUsed;
  let peakHeap = baseHeap;
  const sample = () => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  };
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = await fn(sample);
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  sample();
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, peakHeap, baseHeap, result };
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
      // Small counties run 3 times and report the median run (the machine may be busy); 200 000 rows run once.
      const repeats = n <= 10000 ? 3 : 1;
      const runs = [];
      for (let i = 0; i < repeats; i++) {
        runs.push(await measure((sample) => evaluate({ sheets: [grid] }, { ...run.options, onProgress: sample })));
      }
      runs.sort((a, b) => a.ms - b.ms);
      const m = runs[Math.floor(runs.length / 2)];
      out.push({
        section: 'core evaluate',
        label: run.label,
        rows: n,
        ms: m.ms,
        cpuMs: m.cpuMs,
        rowsPerSecond: (n / m.ms) * 1000,
        peakHeapMB: m.peakHeap / MB,
        heapGrowthMB: (m.peakHeap - m.baseHeap) / MB,
        note: `${repeats > 1 ? `median of ${repeats}` : 'one run'}${n >= 200000 ? (m.ms < 2000 ? '; under 2 s: yes' : '; under 2 s: NO') : ''}`,
      });
    }
  }
  return out;
}
