/** Four numbers a statistician checks first: schools counted, schools below standard, CVs over limit, data errors. */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Evaluation } from '../../core/types';
import { STAGES } from '../../core/types';
import { useI18n } from '../i18n';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(4, minmax(0, 1fr))', gap: '4px' },
  cell: {
    backgroundColor: tokens.colorNeutralBackground1, border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium,
    padding: '6px 4px', textAlign: 'center', display: 'flex', flexDirection: 'column', gap: '2px', minWidth: 0,
  },
  num: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase500, fontVariantNumeric: 'tabular-nums' },
  bad: { color: tokens.colorPaletteRedForeground1 },
  label: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3, lineHeight: tokens.lineHeightBase100 },
});

export function KeyFigures({ ev }: { ev: Evaluation }) {
  const { t } = useI18n();
  const s = useStyles();
  // School stages, as the verdict counts them (a 九年一贯制 school is a primary and a junior school).
  const counted = ev.schools.filter((x) => x.counted).length;
  const failing = ev.schools.filter((x) => x.counted && x.passed === false).length;
  const cvOver = STAGES.reduce((n, st) => {
    const d = ev.dispersion[st];
    if (!d) return n;
    return n + Object.values(d.indicators).filter((e) => e?.met === false).length + (d.composite?.met === false ? 1 : 0);
  }, 0);
  const errors = ev.problems.filter((p) => p.severity === 'error').length;
  const figs: [string, number, boolean, string][] = [
    [t('figCounted'), counted, false, 'fig-counted'],
    [t('figFailing'), failing, failing > 0, 'fig-failing'],
    [t('figCvOver'), cvOver, cvOver > 0, 'fig-cv-over'],
    [t('figErrors'), errors, errors > 0, 'fig-errors'],
  ];
  return (
    <div className={s.grid}>
      {figs.map(([label, n, bad, id]) => (
        <div key={id} className={s.cell} data-testid={id}>
          <span className={mergeClasses(s.num, bad && s.bad)}>{n}</span>
          <span className={s.label}>{label}</span>
        </div>
      ))}
    </div>
  );
}
