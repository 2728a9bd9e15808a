import { buildMarks } from '../../src/core/output/marks';
import { problem } from '../../src/core/problems';
import { makeEvaluation } from './fixtures';

describe('buildMarks', () => {
  const ev = makeEvaluation();
  const marks = buildMarks(ev);
  const at = (cell: string) => marks.marks.find((m) => m.cell === cell);

  it('marks the inputs of every unmet indicator dark, never the student counts', () => {
    // 擂鼓中学 (row 4): teaching area E4, equipment G4 and computers I4 fail.
    expect(at('E4')).toMatchObject({ kind: 'fail' });
    expect(at('E4')!.reason).toContain('生均教学及辅助用房面积未达标');
    expect(at('G4')?.kind).toBe('fail');
    expect(at('D4')).toBeUndefined();
    // Every failing input cell is marked.
    for (const s of ev.schools)
      for (const id of s.failing) {
        const cell = s.indicators[id]!.cells[0];
        expect(at(cell)).toBeDefined();
      }
    // A passing indicator's cell is not.
    expect(at('F4')).toBeUndefined();
  });
  it('gives one mark per cell: error over fail over warning, keeping every reason', () => {
    // H5: books of 擂鼓镇小学 fail and the cell also holds a number stored as text (warning).
    expect(at('H5')?.kind).toBe('fail');
    expect(at('H5')!.reason).toContain('数字以文本形式存储');
    expect(at('I6')?.kind).toBe('error');
    const cells = marks.marks.map((m) => m.cell);
    expect(new Set(cells).size).toBe(cells.length);
  });
  it('sorts marks by row then column and covers the table in the range', () => {
    const order = marks.marks.map((m) => m.cell);
    expect(order[0]).toBe('E4');
    expect(marks.range).toBe('A2:J9');
    expect(marks.sheet).toBe('统计表');
  });
  it('grows the range to a problem outside the detected table', () => {
    const e = makeEvaluation();
    e.problems.push(problem('not-a-number', { cell: 'M20', row: 20, field: 'books', params: { text: 'x' } }));
    expect(buildMarks(e).range).toBe('A2:M20');
  });
});
