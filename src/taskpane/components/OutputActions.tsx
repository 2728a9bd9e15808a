/** Writing the summary sheets, the remediation plan (with its dates) and clearing the marks. */
import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { MARK_STYLE, type MarkKind } from '../../core/sheet/model';
import { useI18n } from '../i18n';
import { Section } from './Section';

const useStyles = makeStyles({
  buttons: { display: 'flex', flexDirection: 'column', gap: '6px' },
  dates: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(130px, 1fr))', gap: '6px' },
  legend: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '3px', fontSize: tokens.fontSizeBase200 },
  swatch: { display: 'inline-block', width: '14px', height: '14px', verticalAlign: 'middle', marginRight: '6px', border: `1px solid ${tokens.colorNeutralStroke1}` },
  plan: { display: 'flex', flexDirection: 'column', gap: '6px', paddingTop: '6px', borderTop: `1px solid ${tokens.colorNeutralStroke3}` },
});

export interface OutputProps {
  disabled: boolean;
  planStart: string;
  planInspection: string;
  planError: string | null;
  onPlanDates: (start: string, inspection: string) => void;
  onWriteSheets: () => void;
  onWritePlan: () => void;
  onClearMarks: () => void;
}

export function OutputActions(p: OutputProps) {
  const { t, pick } = useI18n();
  const s = useStyles();
  return (
    <Section title={t('actions')} testId="output-section">
      <div className={s.buttons}>
        <Button data-testid="write-sheets" disabled={p.disabled} onClick={p.onWriteSheets}>
          {t('writeSheets')}
        </Button>
      </div>
      <div className={s.plan}>
        <div className={s.dates}>
          <Field label={t('planStart')} size="small">
            <Input size="small" type="date" data-testid="plan-start" value={p.planStart} disabled={p.disabled} onChange={(_, d) => p.onPlanDates(d.value, p.planInspection)} />
          </Field>
          <Field label={t('planInspection')} size="small" validationMessage={p.planError ?? undefined}>
            <Input size="small" type="date" data-testid="plan-inspection" value={p.planInspection} disabled={p.disabled} onChange={(_, d) => p.onPlanDates(p.planStart, d.value)} />
          </Field>
        </div>
        <Button data-testid="write-plan" disabled={p.disabled || p.planError !== null} onClick={p.onWritePlan}>
          {t('writePlan')}
        </Button>
      </div>
      <div className={s.plan}>
        <ul className={s.legend} aria-label={t('legend')}>
          {(Object.keys(MARK_STYLE) as MarkKind[]).map((k) => (
            <li key={k}>
              <span className={s.swatch} style={{ backgroundColor: `#${MARK_STYLE[k].fill}` }} />
              {pick(MARK_STYLE[k].zh, MARK_STYLE[k].en)}
            </li>
          ))}
        </ul>
        <Button appearance="subtle" data-testid="clear-marks" disabled={p.disabled} onClick={p.onClearMarks}>
          {t('clearMarks')}
        </Button>
      </div>
    </Section>
  );
}
