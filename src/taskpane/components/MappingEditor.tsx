/**
 * The detected columns and their fields, with the detector's confidence. Clicking a column opens a field picker;
 * a choice becomes a MappingOverride (by column letter), which the run saves in the workbook's settings.
 */
import { Badge, Button, Dropdown, Option, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { FIELDS, type FieldId } from '../../core/fields';
import type { ColumnMapping, MappingOverride } from '../../core/table/types';
import { useI18n } from '../i18n';

/** Below this the detector was guessing; the column is flagged for the user to check. */
export const LOW_CONFIDENCE = 0.8;

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', maxHeight: '320px', overflowY: 'auto', borderTop: `1px solid ${tokens.colorNeutralStroke3}` },
  item: { borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, padding: '4px 2px', display: 'flex', flexDirection: 'column', gap: '4px' },
  row: {
    display: 'grid',
    gridTemplateColumns: '28px minmax(0, 1fr) auto',
    alignItems: 'center',
    gap: '6px',
    width: '100%',
    background: 'none',
    border: 'none',
    padding: '2px 0',
    textAlign: 'left',
    cursor: 'pointer',
    font: 'inherit',
    color: 'inherit',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  low: { backgroundColor: tokens.colorPaletteYellowBackground1 },
  letter: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  texts: { minWidth: 0, display: 'flex', flexDirection: 'column' },
  header: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', fontSize: tokens.fontSizeBase200 },
  field: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', fontSize: tokens.fontSizeBase200, color: tokens.colorBrandForeground1 },
  unmapped: { color: tokens.colorNeutralForeground4 },
  picker: { minWidth: 0, width: '100%' },
  hint: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, margin: 0 },
  foot: { display: 'flex', justifyContent: 'flex-end' },
});

function ConfidenceBadge({ c }: { c: ColumnMapping }) {
  const { t } = useI18n();
  if (c.source === 'user') return <Badge size="small" appearance="tint" color="brand">{t('userSet')}</Badge>;
  if (c.field === null) return null;
  const pct = Math.round(c.confidence * 100);
  const color = c.confidence >= 0.95 ? 'success' : c.confidence >= LOW_CONFIDENCE ? 'informative' : 'warning';
  return (
    <Badge size="small" appearance="tint" color={color}>
      {pct}%
    </Badge>
  );
}

export function MappingEditor(props: { columns: ColumnMapping[]; overrides: MappingOverride[]; onChange: (o: MappingOverride[]) => void; disabled: boolean }) {
  const { t, pick } = useI18n();
  const s = useStyles();
  const [open, setOpen] = useState<string | null>(null);
  const label = (id: FieldId | null) => {
    if (id === null) return t('unmapped');
    const f = FIELDS.find((x) => x.id === id);
    return f ? pick(f.zh, f.en) : id;
  };
  const choose = (letter: string, field: FieldId | null) => {
    props.onChange([...props.overrides.filter((o) => o.column !== letter), { column: letter, field }]);
    setOpen(null);
  };
  return (
    <>
      <p className={s.hint}>{t('mappingHint')}</p>
      <ul className={s.list} data-testid="mapping-list">
        {props.columns.map((c) => {
          const low = c.source === 'auto' && c.field !== null && c.confidence < LOW_CONFIDENCE;
          return (
            <li key={c.letter} className={mergeClasses(s.item, low && s.low)}>
              <button
                type="button"
                className={s.row}
                disabled={props.disabled}
                aria-expanded={open === c.letter}
                data-testid={`mapping-${c.letter}`}
                onClick={() => setOpen(open === c.letter ? null : c.letter)}
                title={c.header}
              >
                <span className={s.letter}>{c.letter}</span>
                <span className={s.texts}>
                  <span className={s.header}>{c.header || '—'}</span>
                  <span className={mergeClasses(s.field, c.field === null && s.unmapped)}>→ {label(c.field)}{c.factor !== 1 ? ` ×${c.factor}` : ''}</span>
                </span>
                <ConfidenceBadge c={c} />
              </button>
              {open === c.letter && (
                <Dropdown
                  className={s.picker}
                  size="small"
                  aria-label={`${c.letter} ${c.header}`}
                  value={label(c.field)}
                  selectedOptions={[c.field ?? '']}
                  onOptionSelect={(_, d) => choose(c.letter, d.optionValue ? (d.optionValue as FieldId) : null)}
                  defaultOpen
                >
                  <Option value="" text={t('unmapped')}>
                    {t('unmapped')}
                  </Option>
                  {FIELDS.map((f) => (
                    <Option key={f.id} value={f.id} text={pick(f.zh, f.en)}>
                      {pick(f.zh, f.en)}
                    </Option>
                  ))}
                </Dropdown>
              )}
            </li>
          );
        })}
      </ul>
      {props.overrides.length > 0 && (
        <div className={s.foot}>
          <Button size="small" appearance="subtle" disabled={props.disabled} onClick={() => props.onChange([])}>
            {t('resetMapping')}
          </Button>
        </div>
      )}
    </>
  );
}
