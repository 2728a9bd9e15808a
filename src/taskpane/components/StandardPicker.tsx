/** The national framework and, for basic balance, the provincial school standard added to it. */
import { Dropdown, Field, Option, makeStyles, tokens } from '@fluentui/react-components';
import { builtinStandard, listStandards } from '../../core/standards';
import { useI18n } from '../i18n';
import { Section } from './Section';

const useStyles = makeStyles({
  hint: { margin: 0, paddingLeft: '14px', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
});

/** What the chosen standard asks, in its own words (from the standard's data, so an edited standard shows its rules). */
function StandardHint({ ids }: { ids: string[] }) {
  const { t, pick } = useI18n();
  const s = useStyles();
  const lines: string[] = [];
  for (const id of ids) {
    const std = builtinStandard(id);
    if (!std) continue;
    for (const g of std.groups) lines.push(pick(g.zh, g.en));
    const d = std.dispersion;
    if (d) lines.push(t(d.mode === 'each' ? 'cvEach' : 'cvComposite', { primary: d.limits.primary.toFixed(2), junior: d.limits.junior.toFixed(2) }));
  }
  return lines.length ? (
    <ul className={s.hint} data-testid="standard-hint">
      {lines.map((l) => (
        <li key={l}>{l}</li>
      ))}
    </ul>
  ) : null;
}

export function StandardPicker(p: { standard: string; province: string | null; disabled: boolean; onChange: (standard: string, province: string | null) => void }) {
  const { t, pick } = useI18n();
  const all = listStandards();
  const national = all.filter((s) => s.kind === 'national');
  const provincial = all.filter((s) => s.kind === 'provincial');
  const name = (id: string | null) => {
    const s = all.find((x) => x.id === id);
    return s ? pick(s.zh, s.en) : t('provinceNone');
  };
  return (
    <Section title={t('standard')} testId="standard-section">
      <Field label={t('framework')} size="small">
        <Dropdown
          size="small"
          data-testid="standard-picker"
          value={name(p.standard)}
          selectedOptions={[p.standard]}
          disabled={p.disabled}
          onOptionSelect={(_, d) => d.optionValue && p.onChange(d.optionValue, d.optionValue === 'basic-2012' ? p.province : null)}
        >
          {national.map((s) => (
            <Option key={s.id} value={s.id} text={pick(s.zh, s.en)}>
              {pick(s.zh, s.en)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {p.standard === 'basic-2012' && provincial.length > 0 && (
        <Field label={t('province')} size="small">
          <Dropdown
            size="small"
            data-testid="province-picker"
            value={name(p.province)}
            selectedOptions={[p.province ?? '']}
            disabled={p.disabled}
            onOptionSelect={(_, d) => p.onChange(p.standard, d.optionValue ? d.optionValue : null)}
          >
            <Option value="" text={t('provinceNone')}>
              {t('provinceNone')}
            </Option>
            {provincial.map((s) => (
              <Option key={s.id} value={s.id} text={pick(s.zh, s.en)}>
                {pick(s.zh, s.en)}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      <StandardHint ids={[p.standard, ...(p.standard === 'basic-2012' && p.province ? [p.province] : [])]} />
    </Section>
  );
}
