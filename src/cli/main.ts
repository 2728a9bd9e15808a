/**
 * Command line: npm run evaluate -- <census.xlsx> [options]. Exit 0 whenever the evaluation ran, whatever the
 * verdict; non-zero with one line in Chinese and English when it could not run. The input is never modified.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { evaluate, JunhengError } from '../core/evaluate';
import { toReport } from '../core/report';
import { builtinStandard } from '../core/standards';
import type { MappingOverride } from '../core/table/types';
import { ArgsError, parseArgs, USAGE, type Args } from './args';
import { formatSummary } from './summary';
import { makePlan, PlanArgsError } from './plan';
import { loadInput, samePath, writeOutput } from './write-output';

class CliError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${zh} / ${en}`);
  }
}

/** A standard given as a path is read and parsed here; the core validates it with zod. */
function standardSpec(spec: string | undefined): unknown {
  if (spec === undefined) return undefined;
  if (!/\.json$/i.test(spec)) return spec;
  if (!existsSync(spec)) throw new CliError(`找不到标准文件 ${spec}`, `standard file not found: ${spec}`);
  try {
    return JSON.parse(readFileSync(spec, 'utf8'));
  } catch (e) {
    throw new CliError(`标准文件 ${spec} 不是有效的 JSON`, `standard file ${spec} is not valid JSON`);
  }
}

function progressPrinter(quiet: boolean): (fraction: number, label: string) => void {
  let last = -1;
  return (fraction, label) => {
    if (quiet || !process.stderr.isTTY) return;
    const step = Math.floor(fraction * 10);
    if (step === last) return;
    last = step;
    process.stderr.write(`\r[${'#'.repeat(step).padEnd(10, '.')}] ${Math.round(fraction * 100)}% ${label}    `);
    if (fraction >= 1) process.stderr.write('\n');
  };
}

/** A standard saved by an earlier run is reused only when it is built in (a JSON file must be named again). */
function builtinOnly(id: string | null | undefined): string | undefined {
  return id && builtinStandard(id) ? id : undefined;
}

export async function run(args: Args): Promise<number> {
  if (!existsSync(args.file)) throw new CliError(`找不到文件 ${args.file}`, `file not found: ${args.file}`);
  if (!args.quiet && process.stderr.isTTY) process.stderr.write(`正在读取 ${args.file} …\n`);
  if (args.out && samePath(args.out, args.file)) {
    throw new CliError('--out 不能与输入文件相同：原文件从不修改，请另给一个文件名', '--out must differ from the input: the input file is never modified');
  }
  let input;
  try {
    input = await loadInput(args.file);
  } catch (e) {
    throw new CliError(`无法读取 ${args.file}（不是有效的 .xlsx 文件）`, `cannot read ${args.file} (not a valid .xlsx file)`);
  }
  // Settings left by an earlier run (CLI or add-in): census sheet, province and column mapping; flags win.
  const kept = input.settings;
  const keptSheet = kept?.censusSheet && input.grid.sheets.some((s) => s.name === kept.censusSheet) ? kept.censusSheet : undefined;
  const ev = evaluate(input.grid, {
    standard: standardSpec(args.standard) ?? builtinOnly(kept?.standard) ?? 'basic-2012',
    province: standardSpec(args.province) ?? (args.standard ? null : builtinOnly(kept?.province)) ?? null,
    sheet: args.sheet ?? keptSheet,
    mapping: kept?.mapping as MappingOverride[] | undefined,
    onProgress: progressPrinter(args.quiet),
  });
  console.log(formatSummary(ev, { quiet: args.quiet }));
  const plan = args.plan ? makePlan(ev, input, args, new Date()) : null;
  if (plan) console.log(`\n${plan.text}`);
  if (args.json) {
    writeFileSync(args.json, JSON.stringify(toReport(ev, { plan: plan?.report }), null, 2));
    if (!args.quiet) console.log(`\nJSON 报告已写出 / report written: ${args.json}`);
  }
  if (args.out) {
    const warnings = await writeOutput(input, ev, args.out, { date: new Date().toISOString().slice(0, 10), extraSheets: plan?.sheets, plan: plan?.params });
    for (const w of warnings) console.error(`注意 / note: ${w}`);
    if (!args.quiet) console.log(`\n结果工作簿已写出 / workbook written: ${args.out}`);
  }
  return 0;
}

async function main(): Promise<void> {
  try {
    const args = parseArgs(process.argv.slice(2));
    if (args.help) {
      console.log(USAGE);
      return;
    }
    process.exitCode = await run(args);
  } catch (e) {
    if (e instanceof ArgsError || e instanceof CliError || e instanceof JunhengError || e instanceof PlanArgsError) {
      console.error(`错误：${e.zh} / Error: ${e.en}`);
      if (e instanceof ArgsError) console.error(USAGE);
      process.exitCode = 2;
    } else {
      console.error(`内部错误 / internal error: ${(e as Error).stack ?? e}`);
      process.exitCode = 3;
    }
  }
}

if (require.main === module) void main();
