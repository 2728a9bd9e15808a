/**
 * Command line: npm run evaluate -- <census.xlsx> [options]. Exit 0 whenever the evaluation ran, whatever the
 * verdict; non-zero with one line in Chinese and English when it could not run. The input is never modified.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { evaluate, JunhengError } from '../core/evaluate';
import { toReport } from '../core/report';
import { ArgsError, parseArgs, USAGE, type Args } from './args';
import { readWorkbookFile } from './read-xlsx';
import { formatSummary } from './summary';

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
    if (quiet) return;
    const step = Math.floor(fraction * 10);
    if (step === last) return;
    last = step;
    process.stderr.write(`\r[${'#'.repeat(step).padEnd(10, '.')}] ${Math.round(fraction * 100)}% ${label}    `);
    if (fraction >= 1) process.stderr.write('\n');
  };
}

export async function run(args: Args): Promise<number> {
  if (!existsSync(args.file)) throw new CliError(`找不到文件 ${args.file}`, `file not found: ${args.file}`);
  if (!args.quiet) process.stderr.write(`正在读取 ${args.file} …\n`);
  let workbook;
  try {
    workbook = await readWorkbookFile(args.file);
  } catch (e) {
    throw new CliError(`无法读取 ${args.file}（不是有效的 .xlsx 文件）`, `cannot read ${args.file} (not a valid .xlsx file)`);
  }
  const ev = evaluate(workbook, {
    standard: standardSpec(args.standard),
    province: standardSpec(args.province) ?? null,
    sheet: args.sheet,
    onProgress: progressPrinter(args.quiet),
  });
  console.log(formatSummary(ev, { quiet: args.quiet }));
  if (args.json) {
    writeFileSync(args.json, JSON.stringify(toReport(ev), null, 2));
    if (!args.quiet) console.log(`\nJSON 报告已写出 / report written: ${args.json}`);
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
    if (e instanceof ArgsError || e instanceof CliError || e instanceof JunhengError) {
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
