/**
 * The standalone page: pick an .xlsx, and the same pane as in Excel runs on an exceljs workbook in the browser.
 * Beside it, a preview of the census sheet with the marks, and a download of the evaluated workbook. No network.
 */
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles, shorthands, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { SheetGrid } from '../core/grid';
import type { MarkSet } from '../core/sheet/model';
import { App } from '../taskpane/App';
import { Header } from '../taskpane/components/Header';
import { describeError, errorText, type PaneError } from '../taskpane/errors';
import { useI18n } from '../taskpane/i18n';
import { BrowserHost } from './browser-host';
import { PreviewGrid } from './PreviewGrid';

const useStyles = makeStyles({
  page: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: '12px', padding: '8px', boxSizing: 'border-box' },
  pane: { flex: '0 1 380px', minWidth: '300px', maxWidth: '100%' },
  main: { flex: '1 1 480px', minWidth: 0, display: 'flex', flexDirection: 'column', gap: '8px' },
  bar: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'center' },
  fileName: { fontWeight: tokens.fontWeightSemibold, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0, flex: '1 1 auto' },
  start: { maxWidth: '560px', margin: '0 auto', padding: '8px', display: 'flex', flexDirection: 'column', gap: '12px' },
  drop: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusLarge, padding: '32px 16px', textAlign: 'center',
    backgroundColor: tokens.colorNeutralBackground1, display: 'flex', flexDirection: 'column', gap: '10px', alignItems: 'center',
  },
  dropActive: { ...shorthands.borderColor(tokens.colorBrandStroke1), backgroundColor: tokens.colorBrandBackground2 },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: 0 },
  empty: { color: tokens.colorNeutralForeground3, padding: '24px', textAlign: 'center', border: `1px dashed ${tokens.colorNeutralStroke2}` },
  hiddenInput: { display: 'none' },
});

function downloadName(name: string): string {
  return `${name.replace(/\.xlsx$/i, '')}-均衡评估.xlsx`;
}

export function StandalonePage() {
  const { t, lang } = useI18n();
  const s = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [host, setHost] = useState<BrowserHost | null>(null);
  const [opening, setOpening] = useState<string | null>(null);
  const [error, setError] = useState<PaneError | null>(null);
  const [dragging, setDragging] = useState(false);
  const [preview, setPreview] = useState<{ grid: SheetGrid; marks: MarkSet | null } | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [evaluated, setEvaluated] = useState(false);

  useEffect(() => (host ? host.onSelect((_sheet, cell) => setSelected(cell)) : undefined), [host]);

  const open = async (file: File) => {
    setError(null);
    setOpening(file.name);
    try {
      const h = await BrowserHost.fromFile(file);
      setPreview(null);
      setSelected(null);
      setEvaluated(false);
      setHost(h);
    } catch (e) {
      const d = describeError(e, { zh: '打开文件', en: 'Opening the file' });
      setError({ zh: t('notXlsx', { reason: d.zh }), en: t('notXlsx', { reason: d.en }) });
    } finally {
      setOpening(null);
    }
  };

  const refresh = async (marks: MarkSet | null, sheet: string) => {
    if (!host) return;
    try {
      setPreview({ grid: await host.readSheet(sheet), marks });
    } catch (e) {
      setError(describeError(e, { zh: '显示预览', en: 'Showing the preview' }));
    }
  };

  const download = async () => {
    if (!host) return;
    try {
      const blob = await host.toBlob();
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = downloadName(host.fileName);
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (e) {
      setError(describeError(e, { zh: '生成下载文件', en: 'Preparing the download' }));
    }
  };

  const picker = (
    <input
      ref={input}
      className={s.hiddenInput}
      type="file"
      accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      data-testid="file-input"
      onChange={(e) => {
        const f = e.target.files?.[0];
        e.target.value = '';
        if (f) void open(f);
      }}
    />
  );
  const errorBar = error && (
    <MessageBar intent="error" layout="multiline" data-testid="page-error">
      <MessageBarBody>
        <MessageBarTitle>{t('errorTitle')}</MessageBarTitle>
        {errorText(error, lang)}
      </MessageBarBody>
    </MessageBar>
  );

  if (!host) {
    return (
      <div className={s.start}>
        <Header hostLabel={t('standalonePage')} />
        {errorBar}
        <div
          className={`${s.drop} ${dragging ? s.dropActive : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            const f = e.dataTransfer.files?.[0];
            if (f) void open(f);
          }}
        >
          {opening ? (
            <Spinner size="small" label={t('readingFile', { name: opening })} />
          ) : (
            <Button appearance="primary" size="large" data-testid="pick-file" onClick={() => input.current?.click()}>
              {t('pickFile')}
            </Button>
          )}
          <p className={s.hint}>{t('pickHint')}</p>
          {picker}
        </div>
      </div>
    );
  }

  return (
    <div className={s.page}>
      <div className={s.pane}>
        <App
          key={host.id}
          host={host}
          hostLabel={host.fileName}
          onApplied={(model, ev) => {
            setEvaluated(true);
            void refresh(model.marks, ev.sheet);
          }}
          onMarksCleared={() => setPreview((p) => (p ? { ...p, marks: null } : p))}
        />
      </div>
      <div className={s.main}>
        {errorBar}
        {host.openWarnings.length > 0 && (
          <MessageBar intent="warning" layout="multiline" data-testid="open-warnings">
            <MessageBarBody>
              {host.openWarnings.map((w) => (
                <div key={w}>{lang === 'zh' ? w.split(' / ')[0] : (w.split(' / ')[1] ?? w)}</div>
              ))}
            </MessageBarBody>
          </MessageBar>
        )}
        <div className={s.bar}>
          <span className={s.fileName} title={host.fileName}>
            {host.fileName}
          </span>
          <Button appearance="primary" data-testid="download" disabled={!evaluated} onClick={() => void download()}>
            {t('download')}
          </Button>
          <Button onClick={() => input.current?.click()}>{t('otherFile')}</Button>
          {picker}
        </div>
        {preview ? <PreviewGrid grid={preview.grid} marks={preview.marks} selected={selected} /> : <div className={s.empty}>{t('previewEmpty')}</div>}
      </div>
    </div>
  );
}
