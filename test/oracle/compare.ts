/** Compares the engine's dispersion with the oracle's and lists every disagreement in words. */
import type { Evaluation } from '../../src/core/types';
import type { TruthSchool } from '../../src/sample/truth';
import { BASIC_IDS, oracleDispersion, oracleRecords, oracleValue, QUALITY_IDS, type Framework } from './oracle-cv';

const near = (a: number, b: number, decimals: number) => Math.abs(a - b) < 0.5 * 10 ** -decimals;

export function disagreements(ev: Evaluation, truth: TruthSchool[], framework: Framework): string[] {
  const want = oracleDispersion(truth, framework);
  const out: string[] = [];
  for (const stage of ['primary', 'junior'] as const) {
    const got = ev.dispersion[stage];
    const exp = want[stage];
    if (got.schools !== exp.schools) out.push(`${framework} ${stage}: counted schools ${got.schools}, expected ${exp.schools}`);
    for (const [id, e] of Object.entries(exp.indicators)) {
      const g = got.indicators[id as keyof typeof got.indicators];
      if (!g) {
        out.push(`${framework} ${stage} ${id}: missing from the engine's dispersion`);
        continue;
      }
      const tag = `${framework} ${stage} ${id}`;
      if (g.schools !== e.schools) out.push(`${tag}: ${g.schools} schools in the CV, expected ${e.schools}`);
      if (e.cv === null || g.cv === null) {
        if (e.cv !== g.cv) out.push(`${tag}: CV ${g.cv}, expected ${e.cv}`);
      } else if (!near(g.cv, e.cv, 4)) out.push(`${tag}: CV ${g.cv.toFixed(6)}, expected ${e.cv.toFixed(6)}`);
      if (e.mean !== null && (g.mean === null || Math.abs(g.mean - e.mean) > 1e-6 * Math.abs(e.mean)))
        out.push(`${tag}: mean ${g.mean}, expected ${e.mean}`);
    }
    if (framework === 'basic-2012') {
      const gc = got.composite?.cv ?? null;
      if (exp.composite === null ? gc !== null : gc === null || !near(gc, exp.composite, 4))
        out.push(`${framework} ${stage} composite: ${gc}, expected ${exp.composite}`);
    }
  }
  return out;
}

/** For messy counties: each listed mistake must be reported with its problem code at its cell. */
export function missingProblems(ev: Evaluation, truth: TruthSchool[]): string[] {
  const out: string[] = [];
  for (const t of truth)
    for (const m of t.mistakes) {
      const hit = ev.problems.some((p) => p.code === m.problem && p.cell === m.cell);
      if (!hit) {
        const there = ev.problems.filter((p) => p.cell === m.cell).map((p) => p.code);
        out.push(`${m.cell} (${t.name}, ${m.kind}): expected problem ${m.problem}, got [${there.join(', ')}]`);
      }
    }
  return out;
}

/** Per school stage: the same schools counted, and each dispersion indicator's value equal to the oracle's. */
export function schoolDisagreements(ev: Evaluation, truth: TruthSchool[], framework: Framework): string[] {
  const ids = framework === 'basic-2012' ? BASIC_IDS : QUALITY_IDS;
  const want = new Map(oracleRecords(truth, framework).map((r) => [`${r.school.row}/${r.stage}`, r]));
  const out: string[] = [];
  const counted = new Set<string>();
  for (const s of ev.schools) {
    const key = `${s.row}/${s.stage}`;
    const r = want.get(key);
    if (!s.counted) {
      if (r) out.push(`${s.name} (${s.stage}, row ${s.row}): not counted (${s.excludedReasonEn}), expected counted`);
      continue;
    }
    counted.add(key);
    if (!r) {
      out.push(`${s.name} (${s.stage}, row ${s.row}): counted, expected excluded`);
      continue;
    }
    for (const id of ids) {
      const e = oracleValue(r, id, framework);
      const g = s.indicators[id]?.value ?? null;
      const same = e === null || g === null ? e === g : Math.abs(g - e) <= 1e-9 * Math.max(1, Math.abs(e));
      if (!same) out.push(`${s.name} (${s.stage}, row ${s.row}) ${id}: ${g}, expected ${e}`);
    }
  }
  for (const key of want.keys()) if (!counted.has(key)) out.push(`record ${key} missing from the engine's schools`);
  return out;
}
