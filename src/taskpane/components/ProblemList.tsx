/** Data problems, errors before warnings; each names its cell and selects it on click. */
import { Badge, Button, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Problem, Severity } from '../../core/problems';
import { useI18n } from '../i18n';
import { Section } from './Section';

const SHOWN = 30;

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  item: {
    display: 'grid', gridTemplateColumns: '8px minmax(0, 1fr)', gap: '6px', alignItems: 'start', width: '100%', textAlign: 'left',
    background: 'none', border: 'none', borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, padding: '5px 2px', font: 'inherit',
    fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground1, cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':disabled': { cursor: 'default' },
  },
  dot: { width: '8px', height: '8px', borderRadius: '50%', marginTop: '5px' },
  error: { backgroundColor: tokens.colorPaletteRedBackground3 },
  warning: { backgroundColor: tokens.colorPaletteYellowBorder2 },
  msg: { overflowWrap: 'anywhere' },
  note: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, margin: 0 },
});

export function ProblemList({ problems, onSelect }: { problems: Problem[]; onSelect: (p: Problem) => void }) {
  const { t, pick } = useI18n();
  const s = useStyles();
  const count = (sev: Severity) => problems.filter((p) => p.severity === sev).length;
  const [tab, setTab] = useState<Severity>(count('error') > 0 ? 'error' : 'warning');
  const [all, setAll] = useState(false);
  const list = problems.filter((p) => p.severity === tab);
  const shown = all ? list : list.slice(0, SHOWN);
  return (
    <Section title={t('problems')} testId="problems-section">
      {problems.length === 0 ? (
        <p className={s.note}>{t('noProblems')}</p>
      ) : (
        <>
          <TabList size="small" selectedValue={tab} onTabSelect={(_, d) => { setTab(d.value as Severity); setAll(false); }}>
            <Tab value="error" data-testid="tab-errors">
              {t('errors')}{' '}
              <Badge size="small" color="danger" appearance={count('error') ? 'filled' : 'ghost'}>
                {count('error')}
              </Badge>
            </Tab>
            <Tab value="warning" data-testid="tab-warnings">
              {t('warnings')}{' '}
              <Badge size="small" color="warning" appearance={count('warning') ? 'filled' : 'ghost'}>
                {count('warning')}
              </Badge>
            </Tab>
          </TabList>
          <ul className={s.list}>
            {shown.map((p, i) => (
              <li key={`${p.code}-${p.cell}-${p.row}-${i}`}>
                <button type="button" className={s.item} data-testid="problem" data-cell={p.cell ?? ''} data-code={p.code} disabled={p.cell === null && p.row === null} title={t('clickToSelect')} onClick={() => onSelect(p)}>
                  <span className={`${s.dot} ${p.severity === 'error' ? s.error : s.warning}`} />
                  <span className={s.msg}>{pick(p.message, p.messageEn)}</span>
                </button>
              </li>
            ))}
          </ul>
          {!all && list.length > SHOWN && (
            <Button size="small" appearance="subtle" onClick={() => setAll(true)}>
              {t('showAll', { n: list.length })}
            </Button>
          )}
        </>
      )}
    </Section>
  );
}
