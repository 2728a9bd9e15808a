/**
 * `npm run sample`: writes assets/sample/sample-county.xlsx — the 48-school messy census of the fictional 青山县
 * (sheet 学校基本情况) after a short 说明 sheet, so sheet detection has to pick the census.
 */
import * as path from 'node:path';
import type { SheetGrid } from '../core/grid';
import { generateCounty, SAMPLE_SHEET_NAME } from './generate';
import { writeGridsToXlsx } from './xlsx';

export const SAMPLE_SCHOOLS = 48;
export const SAMPLE_PATH = path.resolve(__dirname, '../../assets/sample/sample-county.xlsx');

const NOTES: SheetGrid = {
  name: '说明',
  rows: [
    ['青山县义务教育学校办学条件统计（示例数据）'],
    ['1. 本工作簿为虚构的青山县示例，学校、数据均为程序生成，仅用于演示和测试。'],
    ['2. “学校基本情况”表为各校填报的原始数据，一校一行，一贯制学校按学段分列在校生、班级和专任教师。'],
    ['3. 表中保留了几处常见填报错误（文本数字、全角数字、单元格带单位、错误值、“不详”、万元误填为元、非整数人数），用于检验校验功能。'],
    ['4. 面积单位：平方米；教学仪器设备资产值：万元；图书：册；计算机：台。'],
  ],
  merges: [],
};

async function main(): Promise<void> {
  const { grid, layout, truth } = generateCounty({ schools: SAMPLE_SCHOOLS, messy: true });
  await writeGridsToXlsx([NOTES, grid], SAMPLE_PATH, {
    widths: { [SAMPLE_SHEET_NAME]: layout.columns.map((c) => c.width), 说明: [110] },
    rowHeights: { [SAMPLE_SHEET_NAME]: { [layout.titleRow]: 28, [layout.headerTop]: 48, [layout.headerTop + 1]: 36, [layout.noteRow]: 30 } },
    frozen: { [SAMPLE_SHEET_NAME]: { rows: layout.headerTop + layout.headerRows, cols: 2 } },
    boldRows: { [SAMPLE_SHEET_NAME]: [layout.titleRow, layout.headerTop, layout.headerTop + 1], 说明: [0] },
  });
  const mistakes = truth.flatMap((t) => t.mistakes.map((m) => `${m.cell} ${m.kind}`));
  console.log(`wrote ${SAMPLE_PATH}: ${truth.length} schools, mistakes at ${mistakes.join(', ')}`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
