/** Which sheet holds the census, what table was found in it, and the column mapping. */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Dropdown, Field, MessageBar, MessageBarBody, Option, makeStyles, tokens } from '@fluentui/react-components';
import type { SheetGrid } from '../../core/grid';
import type { DetectedTable, MappingOverride } from '../../core/table/types';
import { useI18n } from '../i18n';
import { LOW_CONFIDENCE, MappingEditor } from './MappingEditor';
import { Section } from './Section';

const useStyles = makeStyles({
  summary: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, margin: 0 },
  accHead: { display: 'flex', gap: '6px', alignItems: 'center', flexWrap: 'wrap' },
  panel: { margin: 0 },
});

export interface CensusProps {
  sheets: string[];
  sheet: string | null;
  grid: SheetGrid | null;
  table: DetectedTable | null;
  overrides: MappingOverride[];
  disabled: boolean;
  onSheet: (name: string) => void;
  onOverrides: (o: MappingOverride[]) => void;
}

export function CensusSection(p: CensusProps) {
  const { t } = useI18n();
  const s = useStyles();
  const origin = p.grid?.originRow ?? 0;
  const table = p.table;
  const mapped = table ? table.columns.filter((c) => c.field !== null).length : 0;
  const low = table ? table.columns.filter((c) => c.source === 'auto' && c.field !== null && c.confidence < LOW_CONFIDENCE).length : 0;
  const lastRow = table && table.dataRows.length ? table.dataRows[table.dataRows.length - 1] : null;
  return (
    <Section title={t('census')} testId="census-section">
      <Field label={t('sheet')} size="small">
        <Dropdown
          size="small"
          data-testid="sheet-picker"
          value={p.sheet ?? ''}
          selectedOptions={p.sheet ? [p.sheet] : []}
          disabled={p.disabled || p.sheets.length === 0}
          onOptionSelect={(_, d) => d.optionValue && p.onSheet(d.optionValue)}
        >
          {p.sheets.map((n) => (
            <Option key={n} value={n}>
              {n}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {p.sheets.length === 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('noSheets')}</MessageBarBody>
        </MessageBar>
      )}
      {p.sheet && p.grid && !table && (
        <MessageBar intent="warning" data-testid="no-table">
          <MessageBarBody>{t('noTable')}</MessageBarBody>
        </MessageBar>
      )}
      {table && (
        <>
          <p className={s.summary} data-testid="table-summary">
            {t('tableFound', { first: table.headerTop + origin + 1, last: (lastRow ?? table.headerTop) + origin + 1, schools: table.dataRows.length, columns: mapped })}
          </p>
          <Accordion collapsible>
            <AccordionItem value="mapping">
              <AccordionHeader size="small" data-testid="mapping-toggle">
                <span className={s.accHead}>
                  {t('mapping')}
                  {low > 0 ? (
                    <Badge size="small" color="warning" appearance="tint">
                      {t('mappingSummary', { mapped, low })}
                    </Badge>
                  ) : (
                    <Badge size="small" color="success" appearance="tint">
                      {mapped}
                    </Badge>
                  )}
                </span>
              </AccordionHeader>
              <AccordionPanel className={s.panel}>
                <MappingEditor columns={table.columns} overrides={p.overrides} onChange={p.onOverrides} disabled={p.disabled} />
              </AccordionPanel>
            </AccordionItem>
          </Accordion>
        </>
      )}
    </Section>
  );
}
