/** Title bar with the language switch. */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useI18n } from '../i18n';

const useStyles = makeStyles({
  bar: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: '8px', padding: '10px 12px 4px' },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase500 },
  sub: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
});

export function Header({ hostLabel }: { hostLabel?: string }) {
  const { t, lang, setLang } = useI18n();
  const s = useStyles();
  return (
    <header className={s.bar}>
      <div>
        <h1 className={s.title}>{t('appTitle')}</h1>
        <div className={s.sub}>
          {t('appSubtitle')}
          {hostLabel ? ` · ${hostLabel}` : ''}
        </div>
      </div>
      <Button size="small" appearance="subtle" data-testid="lang-switch" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}>
        {t('switchLang')}
      </Button>
    </header>
  );
}
