/**
 * What the generator knows to be true about each sample school, so tests can compute expected results without
 * the engine's code: the school's real kind and ownership, its students by stage, and every value in base units
 * (㎡, 元, 人, 册, 台, 间) as intended, before any mistake was typed into the sheet.
 */
import type { CellValue } from '../core/grid';
import type { NumberFieldId } from '../core/fields';
import type { ProblemCode } from '../core/problems';
import type { SchoolType, UrbanRural } from '../core/types';

export type Ownership = '公办' | '民办' | '省直属';

export type MistakeKind =
  | 'thousands-separator' // "12,400" stored as text
  | 'full-width-digits' // "８６"
  | 'unit-in-cell' // "2732平米"
  | 'error-value' // #DIV/0!
  | 'not-a-number' // 不详
  | 'wan-yuan-slip' // 元 typed into the 万元 column: 10 000 times too big once read
  | 'fractional-count'; // 12.5 teachers

export interface TruthMistake {
  kind: MistakeKind;
  field: NumberFieldId;
  /** A1 address of the cell in the census sheet. */
  cell: string;
  /** What the cell holds. */
  written: CellValue;
  /** The intended value, in base units. */
  intended: number;
  /**
   * What an honest reader takes from the cell, in base units: the number for readable text, the 10 000× value for
   * the 万元 slip (only a warning can be raised), null for what cannot be used (error value, free text, 12.5 people).
   */
  readAs: number | null;
  /** The problem code the engine should raise for the cell. */
  problem: ProblemCode;
}

export interface StageCounts {
  primary: number;
  junior: number;
  senior: number;
}

export interface TruthSchool {
  /** 1-based sheet row. */
  row: number;
  name: string;
  code: string;
  township: string;
  type: SchoolType;
  ownership: Ownership;
  urbanRural: UrbanRural;
  students: StageCounts & { total: number };
  classes: { primary: number; junior: number };
  /**
   * Intended school-level values in base units. Teachers: `teachers` is the whole school (senior included),
   * `teachersPrimary` / `teachersJunior` the stages; the subsets (above degree, title, backbone, PE, arts) are
   * whole-school totals, as the sheet gives them.
   */
  values: Record<SampleValueField, number>;
  mistakes: TruthMistake[];
}

export type SampleValueField =
  | 'landArea'
  | 'buildingArea'
  | 'teachingArea'
  | 'indoorSportsArea'
  | 'sportsArea'
  | 'greenArea'
  | 'equipmentValue'
  | 'books'
  | 'computers'
  | 'multimediaRooms'
  | 'teachers'
  | 'teachersPrimary'
  | 'teachersJunior'
  | 'aboveDegreeTeachers'
  | 'seniorTitleTeachers'
  | 'backboneTeachers'
  | 'peTeachers'
  | 'artTeachers';

/** The value the engine should read for a field of a school: the intended one, or what a mistaken cell yields. */
export function readValue(school: TruthSchool, field: SampleValueField): number | null {
  const m = school.mistakes.find((x) => x.field === field);
  return m ? m.readAs : school.values[field];
}
