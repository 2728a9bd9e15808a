/** Providers shared by the task pane and the standalone page: Fluent theme and the chosen language. */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { useMemo, useState, type ReactNode } from 'react';
import { I18nContext, initialLang, makeI18n, saveLang, type Lang } from './i18n';

export function Shell({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const i18n = useMemo(
    () =>
      makeI18n(lang, (l) => {
        saveLang(l);
        setLangState(l);
      }),
    [lang],
  );
  return (
    <FluentProvider theme={webLightTheme} lang={lang === 'zh' ? 'zh-CN' : 'en'} style={{ minHeight: '100vh', background: '#fafafa' }}>
      <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>
    </FluentProvider>
  );
}
