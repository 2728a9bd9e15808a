/**
 * Coefficients of variation per stage as bars against their limits. One scale per stage so bars compare; the
 * tick marks the limit; colour follows the standard's own comparison (on the value rounded to 3 decimals).
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { DispersionEntry, Evaluation, Stage } from '../../core/types';
import { STAGES, STAGE_EN, STAGE_ZH } from '../../core/types';
import { fmtCv } from '../format';
import { INDICATOR_LABEL, useI18n } from '../i18n';
import { Section } from './Section';

const useStyles = makeStyles({
  stage: { display: 'flex', flexDirection: 'column', gap: '6px' },
  stageHead: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2, margin: '2px 0 0' },
  row: { display: 'flex', flexDirection: 'column', gap: '2px' },
  line: { display: 'flex', justifyContent: 'space-between', gap: '6px', fontSize: tokens.fontSizeBase200 },
  label: { minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  strong: { fontWeight: tokens.fontWeightSemibold },
  nums: { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
  limit: { color: tokens.colorNeutralForeground3 },
  track: { position: 'relative', height: '8px', backgroundColor: tokens.colorNeutralBackground4, borderRadius: '2px' },
  fill: { position: 'absolute', left: 0, top: 0, bottom: 0, borderRadius: '2px' },
  ok: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  bad: { backgroundColor: tokens.colorPaletteRedBackground3 },
  none: { backgroundColor: tokens.colorNeutralForeground4 },
  tick: { position: 'absolute', top: '-3px', bottom: '-3px', width: '2px', marginLeft: '-1px', backgroundColor: tokens.colorNeutralForeground1 },
  badText: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  hint: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3, margin: 0 },
});

function Bar({ label, entry, scale, strong, testId }: { label: string; entry: { cv: number | null; limit: number | null; met: boolean | null }; scale: number; strong?: boolean; testId: string }) {
  const { t } = useI18n();
  const s = useStyles();
  const pct = (v: number) => `${Math.min(100, (v / scale) * 100).toFixed(1)}%`;
  const tone = entry.met === true ? s.ok : entry.met === false ? s.bad : s.none;
  return (
    <div className={s.row} data-testid={testId} data-met={String(entry.met)}>
      <div className={s.line}>
        <span className={mergeClasses(s.label, strong && s.strong)} title={label}>
          {label}
        </span>
        <span className={s.nums}>
          <span className={entry.met === false ? s.badText : undefined}>{entry.cv === null ? t('notComputed') : fmtCv(entry.cv)}</span>
          <span className={s.limit}> {entry.limit === null ? '' : t('limit', { limit: entry.limit.toFixed(2) })}</span>
        </span>
      </div>
      <div className={s.track} role="img" aria-label={`${label} ${fmtCv(entry.cv)}${entry.limit !== null ? ` / ${entry.limit}` : ''}`}>
        {entry.cv !== null && <div className={mergeClasses(s.fill, tone)} style={{ width: pct(entry.cv) }} />}
        {entry.limit !== null && <div className={s.tick} style={{ left: pct(entry.limit) }} />}
      </div>
    </div>
  );
}

export function CvBars({ ev }: { ev: Evaluation }) {
  const { t, pick, lang } = useI18n();
  const s = useStyles();
  const stages = STAGES.filter((st) => ev.dispersion[st] && ev.dispersion[st].schools > 0);
  return (
    <Section title={t('dispersion')} testId="cv-section">
      <p className={s.hint}>{t('dispersionHint')}</p>
      {stages.map((st: Stage) => {
        const d = ev.dispersion[st];
        const entries = ev.indicatorOrder.map((id) => [id, d.indicators[id]] as const).filter((x): x is [typeof x[0], DispersionEntry] => x[1] !== undefined);
        // Scale: twice the limit, so one wild CV (a 万元/元 slip) does not flatten the others; longer bars are clipped.
        const limits = [...entries.map(([, e]) => e.limit ?? 0), d.composite?.limit ?? 0];
        const cvs = [...entries.map(([, e]) => e.cv ?? 0), d.composite?.cv ?? 0];
        const scale = Math.max(...limits) > 0 ? Math.max(...limits) * 2 : Math.max(0.1, ...cvs) * 1.15;
        return (
          <div key={st} className={s.stage} data-testid={`cv-${st}`}>
            <h3 className={s.stageHead}>{t('schoolsInStage', { stage: lang === 'zh' ? STAGE_ZH[st] : STAGE_EN[st], n: d.schools })}</h3>
            {d.composite && <Bar label={t('composite')} entry={d.composite} scale={scale} strong testId={`cv-${st}-composite`} />}
            {entries.map(([id, e]) => (
              <Bar key={id} label={pick(...INDICATOR_LABEL[id])} entry={e} scale={scale} testId={`cv-${st}-${id}`} />
            ))}
          </div>
        );
      })}
    </Section>
  );
}
