/** Compares the engine's dispersion with the oracle's and lists every disagreement in words. */
import type { Evaluation } from '../../src/core/types';
import type { TruthSchool } from '../../src/sample/truth';
import { oracleDispersion, type Framework } from './oracle-cv';

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
