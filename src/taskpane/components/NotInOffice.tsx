/** Shown when taskpane.html is opened outside Excel: point to the standalone page instead of a blank pane. */
import { Link, MessageBar, MessageBarBody, makeStyles } from '@fluentui/react-components';
import { useI18n } from '../i18n';
import { Header } from './Header';

const useStyles = makeStyles({ root: { padding: '0 8px', display: 'flex', flexDirection: 'column', gap: '8px' } });

/** Outside Excel (no problem given), or in an Excel too old for the adapter (the adapter's own words). */
export function NotInOffice({ problem }: { problem?: { zh: string; en: string } }) {
  const { t, pick } = useI18n();
  const s = useStyles();
  return (
    <div className={s.root} data-testid={problem ? 'unsupported-host' : 'not-in-office'}>
      <Header />
      <MessageBar intent={problem ? 'warning' : 'info'} layout="multiline">
        <MessageBarBody>
          {problem ? pick(problem.zh, problem.en) : t('notInOffice')} <Link href="standalone.html">{t('standalonePage')}</Link>
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}
