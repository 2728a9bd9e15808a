/** A hand-made school row for record tests: numbers in columns D, E, … of `row`, blanks where a value is null. */
import type { NumberFieldId } from '../../src/core/fields';
import type { SchoolRow } from '../../src/core/records/read-rows';
import { parseSchoolType } from '../../src/core/records/vocabulary';

export function schoolRow(
  row: number,
  name: string,
  type: string | null,
  nums: Partial<Record<NumberFieldId, number | null>>,
  more: Partial<SchoolRow> = {},
): SchoolRow {
  const letters: SchoolRow['letters'] = {};
  const state: SchoolRow['state'] = {};
  let col = 3;
  for (const f of Object.keys(nums) as NumberFieldId[]) {
    letters[f] = String.fromCharCode(65 + col++);
    if (nums[f] == null) state[f] = 'blank';
  }
  return {
    row,
    name,
    code: null,
    typeText: type,
    type: type ? parseSchoolType(type) : null,
    ownership: '公办',
    urbanRural: '乡村',
    township: null,
    stageLabel: null,
    nums,
    state,
    letters,
    nameCell: `A${row}`,
    typeCell: `B${row}`,
    ...more,
  };
}
