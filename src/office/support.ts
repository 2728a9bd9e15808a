/**
 * What this Excel can do. The manifest asks for ExcelApi 1.7 (Office 2019); newer APIs are used only where
 * `isSetSupported` says so, and the add-in does without them otherwise.
 */

export function apiSupported(version: string): boolean {
  try {
    return typeof Office !== 'undefined' && !!Office.context?.requirements?.isSetSupported('ExcelApi', version);
  } catch {
    return false;
  }
}

/** Features above 1.7 the adapter uses when present. */
export interface HostFeatures {
  /** 1.8: hide gridlines on result sheets. */
  gridlines: boolean;
  /** 1.9: multi-area ranges (fewer, larger format operations) and print setup. */
  rangeAreas: boolean;
  pageLayout: boolean;
  /** 1.13: merged areas of the census (multi-row headers); without it the core infers parents from layout. */
  mergedAreas: boolean;
}

export function detectFeatures(): HostFeatures {
  return {
    gridlines: apiSupported('1.8'),
    rangeAreas: apiSupported('1.9'),
    pageLayout: apiSupported('1.9'),
    mergedAreas: apiSupported('1.13'),
  };
}

export interface SupportProblem {
  zh: string;
  en: string;
}

/**
 * Null when the host can run Junheng; otherwise a message for the task pane. (Internet Explorer's engine is caught
 * earlier, by the ES3 guard in taskpane.html, because the bundle cannot even parse there.)
 */
export function hostSupportProblem(standaloneUrl = 'standalone.html'): SupportProblem | null {
  if (apiSupported('1.7')) return null;
  return {
    zh: `此版本的 Excel 过旧（需要 Excel 2019、Excel 2021、Microsoft 365 或 Excel 网页版）。也可以在 Edge 或 Chrome 中打开独立网页版：${standaloneUrl}`,
    en: `This Excel is too old for Junheng (it needs Excel 2019, 2021, Microsoft 365 or Excel on the web). You can also open the standalone page in Edge or Chrome: ${standaloneUrl}`,
  };
}
