/** The county verdict, in the words of the standard, with the reasons it gives. */
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { listStandards } from '../../core/standards';
import type { Evaluation } from '../../core/types';
import { useI18n } from '../i18n';

const useStyles = makeStyles({
  reasons: { margin: '4px 0 0', paddingLeft: '18px', fontSize: tokens.fontSizeBase200 },
  std: { display: 'block', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, marginTop: '2px' },
});

export function VerdictCard({ ev }: { ev: Evaluation }) {
  const { t, pick } = useI18n();
  const s = useStyles();
  const all = listStandards();
  const name = (id: string | null) => {
    const x = all.find((a) => a.id === id);
    return x ? pick(x.zh, x.en) : id ?? '';
  };
  const std = ev.province ? `${name(ev.standard)} + ${name(ev.province)}` : name(ev.standard);
  return (
    <MessageBar intent={ev.verdict.passed ? 'success' : 'error'} layout="multiline" data-testid="verdict" data-passed={String(ev.verdict.passed)}>
      <MessageBarBody>
        <MessageBarTitle>{ev.verdict.passed ? t('verdictPass') : t('verdictFail')}</MessageBarTitle>
        <span className={s.std}>{t('standardLine', { standard: std })}</span>
        {ev.verdict.reasons.length > 0 && (
          <ul className={s.reasons}>
            {ev.verdict.reasons.map((r, i) => (
              <li key={i}>{pick(r.zh, r.en)}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
