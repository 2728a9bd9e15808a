/**
 * Benchmark section: Excel round trips of the add-in. A generated county is put into the fake Excel
 * (test/fakes/excel-fake.ts, which enforces the 5 MB request limit), read through the Office.js adapter,
 * evaluated, and the WorkbookModel applied: the rows report the context.sync calls of the read and of the apply
 * (inspection + writes), the largest request, and the wall time of the apply on the fake.
 */
import { evaluate } from '../../src/core/evaluate';
import { buildWorkbookModel } from '../../src/core/output';
import { applyModel } from '../../src/office/apply';
import { readSheetGrid } from '../../src/office/read-sheet';
import { generateCounty } from '../../src/sample/generate';
import { uninstallFakeOffice } from '../fakes/excel-fake';
import { installCounty } from '../office/helpers';
import type { BenchRow } from './core';

export interface SyncCount {
  schools: number;
  excelApi: string;
  readSyncs: number;
  inspectSyncs: number;
  writeSyncs: number;
  maxRequestMB: number;
  applyMs: number;
  applyCpuMs: number;
  /** heapUsed right after the apply, and its growth during it (includes the fake workbook's cells). */
  heapAfterMB: number;
  heapGrowthMB: number;
}

const MB = 1024 * 1024;

export async function countSyncs(schools: number, excelApi: string): Promise<SyncCount> {
  const { grid } = generateCounty({ schools, seed: 1000 + schools, messy: true });
  const fake = installCounty({ grid, model: null as never }, { excelApi });
  try {
    const read = await readSheetGrid(grid.name);
    const readSyncs = fake.stats.syncs;
    const ev = evaluate({ sheets: [read] }, { standard: 'quality-2017' });
    const model = buildWorkbookModel(ev, { date: '2026-09-01' });
    fake.resetStats();
    const heap0 = process.memoryUsage().heapUsed;
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const r = await applyModel(model);
    const applyMs = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const applyCpuMs = (cpu.user + cpu.system) / 1000;
    const heap1 = process.memoryUsage().heapUsed;
    if (fake.stats.syncs !== r.inspectSyncs + r.writeSyncs) throw new Error('sync count mismatch between adapter and fake');
    return { schools, excelApi, readSyncs, inspectSyncs: r.inspectSyncs, writeSyncs: r.writeSyncs, maxRequestMB: fake.stats.maxRequestBytes / 1024 / 1024, applyMs, applyCpuMs, heapAfterMB: heap1 / MB, heapGrowthMB: (heap1 - heap0) / MB };
  } finally {
    uninstallFakeOffice(globalThis);
  }
}

export const SYNC_SIZES = [100, 1000, 10000];

export async function benchOfficeSyncs(sizes = SYNC_SIZES): Promise<BenchRow[]> {
  const out: BenchRow[] = [];
  for (const n of sizes) {
    for (const api of ['1.7', '1.13']) {
      const s = await countSyncs(n, api);
      out.push({
        section: 'office.js syncs',
        label: `ExcelApi ${api}`,
        rows: n,
        ms: s.applyMs,
        cpuMs: s.applyCpuMs,
        rowsPerSecond: n / (s.applyMs / 1000),
        peakHeapMB: s.heapAfterMB,
        heapGrowthMB: Math.max(0, s.heapGrowthMB),
        note: `read ${s.readSyncs} syncs; apply ${s.inspectSyncs + s.writeSyncs} syncs (inspect ${s.inspectSyncs} + write ${s.writeSyncs}); largest request ${s.maxRequestMB.toFixed(2)} MB`,
      });
    }
  }
  return out;
}

if (require.main === module) {
  benchOfficeSyncs()
    .then((rows) => rows.forEach((r) => console.log(`${String(r.rows).padStart(6)} schools  ${r.label.padEnd(13)} ${r.note}`)))
    .catch((e: unknown) => {
      console.error(e);
      process.exit(1);
    });
}
