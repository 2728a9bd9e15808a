/** The national framework and, for basic balance, the provincial school standard added to it. */
import { Dropdown, Field, Option } from '@fluentui/react-components';
import { listStandards } from '../../core/standards';
import { useI18n } from '../i18n';
import { Section } from './Section';

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
      <Field label={t('standard')} size="small">
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
    </Section>
  );
}
