/** Command-line arguments, checked with zod; messages in Chinese and English. */
import { z } from 'zod';

export const ArgsSchema = z.object({
  file: z.string().min(1),
  sheet: z.string().optional(),
  /** Default: the standard saved in the workbook by an earlier run, else basic-2012. */
  standard: z.string().optional(),
  province: z.string().optional(),
  json: z.string().optional(),
  out: z.string().optional(),
  plan: z.boolean().default(false),
  startDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD').optional(),
  inspectionDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD').optional(),
  planParams: z.string().optional(),
  quiet: z.boolean().default(false),
  help: z.boolean().default(false),
});

export type Args = z.infer<typeof ArgsSchema>;

export const USAGE = `用法 / usage:
  npm run evaluate -- <普查表.xlsx> [选项]

选项 / options:
  --sheet NAME               普查表所在工作表（默认自动识别） / census sheet (default: detected)
  --standard ID|FILE.json    basic-2012（默认）| quality-2017 | hubei | hebei | 自定义标准 JSON
  --province ID|FILE.json    与 basic-2012 同用的省级办学基本标准：hubei | hebei | JSON
  --json REPORT.json         写出 JSON 报告 / write the JSON report
  --out OUT.xlsx             写出带标记和汇总表的工作簿副本（不修改原文件） / write a marked copy
  --plan                     生成推进计划 / build the remediation plan
  --start-date YYYY-MM-DD    计划开始日期（默认今天） / plan start (default today)
  --inspection-date YYYY-MM-DD  迎检日期 / inspection date
  --plan-params FILE.json    推进计划参数（工期、责任单位、单价），记入工作簿 / plan parameters, remembered
  --quiet                    只打印结论 / print the verdict only`;

const FLAGS: Record<string, keyof Args> = {
  '--sheet': 'sheet',
  '--standard': 'standard',
  '--province': 'province',
  '--json': 'json',
  '--out': 'out',
  '--start-date': 'startDate',
  '--inspection-date': 'inspectionDate',
  '--plan-params': 'planParams',
};
const SWITCHES: Record<string, keyof Args> = { '--plan': 'plan', '--quiet': 'quiet', '--help': 'help', '-h': 'help' };

export class ArgsError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${zh} / ${en}`);
  }
}

export function parseArgs(argv: string[]): Args {
  const raw: Record<string, unknown> = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (flag in SWITCHES) raw[SWITCHES[flag]] = true;
    else if (flag in FLAGS) {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new ArgsError(`选项 ${flag} 缺少取值`, `option ${flag} needs a value`);
      raw[FLAGS[flag]] = v;
    } else if (a.startsWith('-')) throw new ArgsError(`未知选项 ${a}`, `unknown option ${a}`);
    else positional.push(a);
  }
  if (raw.help) return ArgsSchema.parse({ file: '-', help: true });
  if (positional.length !== 1) throw new ArgsError('请给出一个普查表 .xlsx 文件', 'give exactly one census .xlsx file');
  raw.file = positional[0];
  const r = ArgsSchema.safeParse(raw);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new ArgsError(`参数 ${String(i.path[0])} 不正确：${i.message}`, `argument ${String(i.path[0])} is invalid: ${i.message}`);
  }
  return r.data;
}
