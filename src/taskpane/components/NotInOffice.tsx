/** Shown when taskpane.html is opened outside Excel: point to the standalone page instead of a blank pane. */
import { Link, MessageBar, MessageBarBody, makeStyles } from '@fluentui/react-components';
import { useI18n } from '../i18n';
import { Header } from './Header';

const useStyles = makeStyles({ root: { padding: '0 8px', display: 'flex', flexDirection: 'column', gap: '8px' } });

export function NotInOffice() {
  const { t } = useI18n();
  const s = useStyles();
  return (
    <div className={s.root} data-testid="not-in-office">
      <Header />
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          {t('notInOffice')} <Link href="standalone.html">{t('standalonePage')}</Link>
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}
