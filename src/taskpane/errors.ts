/** Any thrown thing → plain words for the pane (zh/en), never a silent console log. */
import { JunhengError } from '../core/evaluate';
import type { Lang } from './i18n';

export interface PaneError {
  zh: string;
  en: string;
}

export function describeError(e: unknown, context: { zh: string; en: string }): PaneError {
  if (e instanceof JunhengError) return { zh: e.zh, en: e.en };
  const withWords = e as { zh?: unknown; en?: unknown } | null;
  if (withWords && typeof withWords.zh === 'string' && typeof withWords.en === 'string') return { zh: withWords.zh, en: withWords.en };
  const msg = e instanceof Error ? e.message : String(e);
  return { zh: `${context.zh}时出错：${msg}`, en: `${context.en} failed: ${msg}` };
}

export function errorText(err: PaneError, lang: Lang): string {
  return lang === 'zh' ? err.zh : err.en;
}
