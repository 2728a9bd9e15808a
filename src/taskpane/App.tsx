/**
 * The pane: census table and mapping → standard → 评估 → verdict, CVs, failing schools, problems → outputs.
 * Talks to the workbook only through `Host`, so the same component runs in Excel and on the standalone page.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, ProgressBar, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SheetGrid } from '../core/grid';
import type { Problem } from '../core/problems';
import type { JunhengSettings, WorkbookModel } from '../core/sheet/model';
import type { DetectedTable, MappingOverride } from '../core/table/types';
import type { Evaluation } from '../core/types';
import type { Host, Progress } from '../host/host';
import { CensusSection } from './components/CensusSection';
import { CvBars } from './components/CvBars';
import { FailingSchools } from './components/FailingSchools';
import { Header } from './components/Header';
import { KeyFigures } from './components/KeyFigures';
import { OutputActions } from './components/OutputActions';
import { ProblemList } from './components/ProblemList';
import { StandardPicker } from './components/StandardPicker';
import { VerdictCard } from './components/VerdictCard';
import { applyModel, detect, keptAssignments, planParams, findCensus, modelFor, overridesFromSettings, runEvaluation, savedPlanDates, schoolCell, settingsFor, type PlanDates, type RunChoice } from './engine';
import { describeError, errorText, type PaneError } from './errors';
import { isoDate, parseIsoDate } from './format';
import { translate, useI18n, type StringKey } from './i18n';

/** 优质均衡 is what counties are assessed on now; basic balance stays one click away. */
const DEFAULT_STANDARD = 'quality-2017';

/** Our own writes can raise change events a moment after they finish; those are not user edits. */
const OWN_WRITE_GRACE_MS = 500;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '8px', padding: '0 8px 16px', maxWidth: '640px', minWidth: 0, boxSizing: 'border-box' },
  run: { display: 'flex', flexDirection: 'column', gap: '6px' },
  progressLabel: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  loading: { padding: '24px 0' },
});

export interface AppProps {
  host: Host;
  /** Shown next to the subtitle, e.g. "Excel" or the file name. */
  hostLabel?: string;
  /** After a model was written (the standalone page refreshes its preview and download). */
  onApplied?: (model: WorkbookModel, ev: Evaluation) => void;
  onMarksCleared?: () => void;
}

function defaultPlanDates(): { start: string; inspection: string } {
  const start = new Date();
  const inspection = new Date(start.getFullYear() + 1, start.getMonth(), 1);
  return { start: isoDate(start), inspection: isoDate(inspection) };
}

export function App({ host, hostLabel, onApplied, onMarksCleared }: AppProps) {
  const { t, lang } = useI18n();
  const s = useStyles();

  const [loading, setLoading] = useState(true);
  const [saved, setSaved] = useState<JunhengSettings | null>(null);
  const [sheets, setSheets] = useState<string[]>([]);
  const [sheet, setSheet] = useState<string | null>(null);
  const [grid, setGrid] = useState<SheetGrid | null>(null);
  const [table, setTable] = useState<DetectedTable | null>(null);
  const [overrides, setOverrides] = useState<MappingOverride[]>([]);
  const [standard, setStandard] = useState(DEFAULT_STANDARD);
  const [province, setProvince] = useState<string | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [ev, setEv] = useState<Evaluation | null>(null);
  const [stale, setStale] = useState(false);
  const [error, setError] = useState<PaneError | null>(null);
  /** Kept as a message key so the language switch re-words it. */
  const [warnings, setWarnings] = useState<readonly string[]>([]);
  const [notice, setNotice] = useState<{ key: StringKey; sheets?: string[] } | null>(null);
  const [planStart, setPlanStart] = useState(defaultPlanDates().start);
  const [planInspection, setPlanInspection] = useState(defaultPlanDates().inspection);
  const [planWritten, setPlanWritten] = useState(false);

  const busy = progress !== null;
  const busyRef = useRef(false);
  const ignoreUntil = useRef(0);
  const unsubscribe = useRef<(() => void) | null>(null);

  // First look at the workbook: saved settings, sheets, and the census table.
  useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        const settings = await host.loadSettings();
        const names = await host.listSheets();
        const saveOverrides = overridesFromSettings(settings);
        const found = await findCensus(host, names, settings, saveOverrides);
        if (cancelled) return;
        setSaved(settings);
        setSheets(names);
        if (settings) {
          setStandard(settings.standard || DEFAULT_STANDARD);
          setProvince(settings.province ?? null);
          const dates = savedPlanDates(settings);
          if (dates) {
            setPlanStart(isoDate(dates.start));
            setPlanInspection(isoDate(dates.inspection));
            setPlanWritten(true);
          }
        }
        if (found) {
          setSheet(found.sheet);
          setGrid(found.census.grid);
          setTable(found.census.table);
          if (settings?.censusSheet === found.sheet) setOverrides(saveOverrides);
        }
      } catch (e) {
        if (!cancelled) setError(describeError(e, { zh: '读取工作簿', en: 'Reading the workbook' }));
      } finally {
        if (!cancelled) setLoading(false);
      }
    })();
    return () => {
      cancelled = true;
      unsubscribe.current?.();
      unsubscribe.current = null;
    };
  }, [host]);

  /** Run one piece of work with the progress bar up and any failure shown in plain words. */
  const work = useCallback(async (context: { zh: string; en: string }, fn: () => Promise<void>) => {
    if (busyRef.current) return;
    busyRef.current = true;
    setError(null);
    setNotice(null);
    setWarnings([]);
    setProgress({ fraction: 0, label: '' });
    try {
      await fn();
    } catch (e) {
      setError(describeError(e, context));
    } finally {
      ignoreUntil.current = Date.now() + OWN_WRITE_GRACE_MS;
      busyRef.current = false;
      setProgress(null);
    }
  }, []);

  const choice = (): RunChoice | null => (sheet ? { sheet, standard, province, overrides } : null);

  const planDates = (): PlanDates | null => {
    const start = parseIsoDate(planStart);
    const inspection = parseIsoDate(planInspection);
    return start && inspection && inspection > start ? { start, inspection } : null;
  };
  const planError = planDates() ? null : t('planDatesInvalid');

  const planSetting = (dates: PlanDates | null) => (dates ? planParams(saved, dates) : saved?.plan);

  /** Write a model and remember what was saved; then listen for edits of the census sheet. */
  const write = async (evaluation: Evaluation, c: RunChoice, withPlan: PlanDates | null) => {
    const settings = settingsFor(saved, c, planSetting(withPlan));
    const model = modelFor(evaluation, settings, withPlan ? { dates: withPlan, keep: await keptAssignments(host, saved) } : null);
    await applyModel(host, model, setProgress, t('stageWrite'));
    setSaved((await host.loadSettings()) ?? model.settings);
    setNotice({ key: 'written', sheets: model.sheets.map((x) => x.name) });
    setWarnings(host.lastWarnings ?? []);
    onApplied?.(model, evaluation);
    unsubscribe.current?.();
    unsubscribe.current = null;
    try {
      unsubscribe.current = await host.onSheetChanged(c.sheet, () => {
        if (!busyRef.current && Date.now() > ignoreUntil.current) setStale(true);
      });
    } catch {
      // The output is written; only the out-of-date hint is unavailable on this host.
    }
  };

  const onEvaluate = () =>
    work({ zh: '评估', en: 'Evaluating' }, async () => {
      const c = choice();
      if (!c) throw { zh: translate('zh', 'noTable'), en: translate('en', 'noTable') };
      const evaluation = await runEvaluation(host, c, setProgress, { read: t('stageRead'), evaluate: t('stageEvaluate') });
      setEv(evaluation);
      setTable(evaluation.table);
      setStale(false);
      await write(evaluation, c, planWritten ? planDates() : null);
    });

  const onWriteSheets = () =>
    work({ zh: '写入汇总表', en: 'Writing the summary sheets' }, async () => {
      const c = choice();
      if (ev && c) await write(ev, c, planWritten ? planDates() : null);
    });

  const onWritePlan = () =>
    work({ zh: '生成推进计划', en: 'Writing the plan' }, async () => {
      const c = choice();
      const dates = planDates();
      if (ev && c && dates) {
        await write(ev, c, dates);
        setPlanWritten(true);
      }
    });

  const onClearMarks = () =>
    work({ zh: '清除标记', en: 'Clearing the marks' }, async () => {
      await host.clearMarks();
      setNotice({ key: 'marksCleared' });
      onMarksCleared?.();
    });

  const onSheet = (name: string) =>
    work({ zh: '读取工作表', en: 'Reading the sheet' }, async () => {
      const g = await host.readSheet(name);
      setSheet(name);
      setGrid(g);
      setOverrides([]);
      setTable(detect(g, []));
      setEv(null);
    });

  const onOverrides = (o: MappingOverride[]) => {
    setOverrides(o);
    if (grid) {
      try {
        setTable(detect(grid, o));
      } catch (e) {
        setError(describeError(e, { zh: '识别列', en: 'Reading the columns' }));
      }
    }
  };

  const select = (cell: string | null, row: number | null) => {
    if (!ev) return;
    const target = cell ?? (row !== null ? schoolCell(ev, row, undefined) : null);
    if (!target) return;
    host.select(ev.sheet, target).catch((e: unknown) => setError(describeError(e, { zh: `选择单元格 ${target}`, en: `Selecting cell ${target}` })));
  };

  if (loading) {
    return (
      <div className={s.root}>
        <Header hostLabel={hostLabel} />
        <Spinner className={s.loading} size="small" label={t('loading')} />
        {error && <ErrorBar error={error} onDismiss={() => setError(null)} />}
      </div>
    );
  }

  return (
    <div className={s.root} data-testid="junheng-app">
      <Header hostLabel={hostLabel} />
      {error && <ErrorBar error={error} onDismiss={() => setError(null)} />}
      <CensusSection sheets={sheets} sheet={sheet} grid={grid} table={table} overrides={overrides} disabled={busy} onSheet={onSheet} onOverrides={onOverrides} />
      <StandardPicker
        standard={standard}
        province={province}
        disabled={busy}
        onChange={(st, pr) => {
          setStandard(st);
          setProvince(pr);
        }}
      />
      <div className={s.run}>
        <Button appearance="primary" size="large" data-testid="evaluate" disabled={busy || !table} onClick={onEvaluate}>
          {busy ? t('evaluating') : ev ? t('reevaluate') : t('evaluate')}
        </Button>
        {progress && (
          <>
            <ProgressBar value={progress.fraction} thickness="large" data-testid="progress" />
            <span className={s.progressLabel}>{progress.label}</span>
          </>
        )}
      </div>
      {notice && (
        <MessageBar intent="success" data-testid="notice">
          <MessageBarBody>{t(notice.key, { names: (notice.sheets ?? []).join(lang === 'zh' ? '、' : ', ') })}</MessageBarBody>
        </MessageBar>
      )}
      {warnings.length > 0 && <Warnings lines={warnings} />}
      {ev && stale && (
        <MessageBar intent="warning" layout="multiline" data-testid="stale">
          <MessageBarBody>{t('stale')}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="primary" disabled={busy} onClick={onEvaluate}>
              {t('reevaluate')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {ev && (
        <>
          <VerdictCard ev={ev} />
          <KeyFigures ev={ev} />
          <CvBars ev={ev} />
          <FailingSchools ev={ev} onSelect={select} />
          <ProblemList problems={ev.problems} onSelect={(p: Problem) => select(p.cell, p.row)} />
          <OutputActions
            disabled={busy}
            planStart={planStart}
            planInspection={planInspection}
            planError={planError}
            onPlanDates={(a, b) => {
              setPlanStart(a);
              setPlanInspection(b);
            }}
            onWriteSheets={onWriteSheets}
            onWritePlan={onWritePlan}
            onClearMarks={onClearMarks}
          />
        </>
      )}
    </div>
  );
}

function ErrorBar({ error, onDismiss }: { error: PaneError; onDismiss: () => void }) {
  const { t, lang } = useI18n();
  return (
    <MessageBar intent="error" layout="multiline" data-testid="error">
      <MessageBarBody>
        <MessageBarTitle>{t('errorTitle')}</MessageBarTitle>
        {errorText(error, lang)}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onDismiss}>
          OK
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** Host warnings come as "zh / en" in one string; show the half in the pane's language. */
function Warnings({ lines }: { lines: readonly string[] }) {
  const { lang } = useI18n();
  const half = (w: string) => {
    const i = w.indexOf(' / ');
    return i < 0 ? w : lang === 'zh' ? w.slice(0, i) : w.slice(i + 3);
  };
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="warnings">
      <MessageBarBody>
        {lines.map((w) => (
          <div key={w}>{half(w)}</div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
