/** Schools below the per-school standard, each unmet indicator with its value, standard and shortfall. */
import { Badge, Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Evaluation, SchoolResult } from '../../core/types';
import { STAGE_EN, STAGE_ZH } from '../../core/types';
import { fmtNum, fmtShortfall } from '../format';
import { INDICATOR_LABEL, INDICATOR_SHORT, useI18n, type Lang } from '../i18n';
import { Section } from './Section';

const SHOWN = 15;

/** Money and head counts (standards in the thousands) read best whole; ratios keep 2 decimals. */
function decimalsFor(standard: number): number {
  return standard >= 100 ? 0 : 2;
}

/** "0.996/1.00": a value just under its standard gets the decimals that show it is under. */
function valueVsStandard(value: number, standard: number, lang: Lang): string {
  let d = decimalsFor(standard);
  while (d < 4 && fmtNum(value, d, lang) === fmtNum(standard, d, lang) && value !== standard) d++;
  return `${fmtNum(value, d, lang)}/${fmtNum(standard, decimalsFor(standard), lang)}`;
}

const useStyles = makeStyles({
  // One grid for the whole list (subgrid below), so values and shortfalls line up like a table's columns.
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) auto auto', columnGap: '8px', rowGap: '6px' },
  school: {
    gridColumn: '1 / -1', display: 'grid', gridTemplateColumns: 'subgrid', rowGap: '2px',
    borderLeft: `3px solid ${tokens.colorPaletteRedBorder2}`, paddingLeft: '8px',
  },
  link: {
    background: 'none', border: 'none', padding: 0, margin: 0, font: 'inherit', color: tokens.colorNeutralForeground1, textAlign: 'left', cursor: 'pointer',
    ':hover': { color: tokens.colorBrandForegroundLinkHover, textDecoration: 'underline' },
  },
  wide: { gridColumn: '1 / -1' },
  name: { fontWeight: tokens.fontWeightSemibold, display: 'flex', gap: '6px', alignItems: 'center', flexWrap: 'wrap' },
  row: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  gap: { fontSize: tokens.fontSizeBase200, gridColumn: '1 / -1', display: 'grid', gridTemplateColumns: 'subgrid', alignItems: 'baseline' },
  gapLabel: { minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  vs: { color: tokens.colorNeutralForeground3, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap', textAlign: 'right' },
  gapNum: { whiteSpace: 'nowrap', textAlign: 'right', color: tokens.colorPaletteRedForeground1, fontVariantNumeric: 'tabular-nums' },
  note: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, margin: 0 },
});

export function FailingSchools({ ev, onSelect }: { ev: Evaluation; onSelect: (cell: string | null, row: number) => void }) {
  const { t, pick, lang } = useI18n();
  const s = useStyles();
  const [all, setAll] = useState(false);
  const failing = ev.schools.filter((x) => x.counted && x.passed === false);
  const judged = ev.schools.some((x) => x.passed !== null);
  const excluded = ev.schools.filter((x) => !x.counted).length;
  const mixed = (x: SchoolResult) => ev.schools.some((o) => o.row === x.row && o.stage !== x.stage);
  const shown = all ? failing : failing.slice(0, SHOWN);
  return (
    <Section title={t('failingSchools')} aside={judged ? `${failing.length} / ${ev.schools.filter((x) => x.counted).length}` : undefined} testId="failing-section">
      {!judged && <p className={s.note}>{t('noSchoolStandard')}</p>}
      {judged && failing.length === 0 && <p className={s.note}>{t('allPass')}</p>}
      <ul className={s.list}>
        {shown.map((x) => (
          <li key={`${x.row}-${x.stage}`} className={s.school} data-testid="failing-school">
            <button type="button" className={mergeClasses(s.link, s.wide)} title={t('clickToSelect')} onClick={() => onSelect(x.failing.map((id) => x.indicators[id]?.cells[0]).find(Boolean) ?? null, x.row)}>
              <span className={s.name}>
                {x.name}
                {mixed(x) && (
                  <Badge size="small" appearance="outline" color="informative">
                    {lang === 'zh' ? STAGE_ZH[x.stage] : STAGE_EN[x.stage]}
                  </Badge>
                )}
                <span className={s.row}>{lang === 'zh' ? `第 ${x.row} 行` : `row ${x.row}`}</span>
              </span>
            </button>
            {x.failing.map((id) => {
              const r = x.indicators[id];
              return (
                <button key={id} type="button" className={mergeClasses(s.link, s.gap)} title={`${pick(...INDICATOR_LABEL[id])} — ${t('clickToSelect')}`} onClick={() => onSelect(r?.cells[0] ?? null, x.row)}>
                    <span className={s.gapLabel}>{pick(...INDICATOR_SHORT[id])}</span>
                    <span className={s.vs}>
                      {r && r.value !== null && r.standard !== null ? valueVsStandard(r.value, r.standard, lang) : ''}
                    </span>
                    <span className={s.gapNum}>{r && r.shortfall !== null && r.shortfall > 0 ? t('shortBy', { amount: fmtShortfall(r.shortfall, r.shortfallUnit, lang) }) : ''}</span>
                </button>
              );
            })}
          </li>
        ))}
      </ul>
      {!all && failing.length > SHOWN && (
        <Button size="small" appearance="subtle" onClick={() => setAll(true)}>
          {t('showAll', { n: failing.length })}
        </Button>
      )}
      {excluded > 0 && <p className={s.note}>{t('excludedSchools', { n: excluded })}</p>}
    </Section>
  );
}
