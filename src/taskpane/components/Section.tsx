/** A titled block of the pane; stacked, full width, so the pane works at 320 px. */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  section: {
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: '10px 12px',
    display: 'flex',
    flexDirection: 'column',
    gap: '8px',
    minWidth: 0,
  },
  head: { display: 'flex', alignItems: 'baseline', justifyContent: 'space-between', gap: '8px', flexWrap: 'wrap' },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
  aside: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
});

export function Section({ title, aside, children, testId }: { title: string; aside?: ReactNode; children: ReactNode; testId?: string }) {
  const s = useStyles();
  return (
    <section className={s.section} data-testid={testId}>
      <div className={s.head}>
        <h2 className={s.title}>{title}</h2>
        {aside !== undefined && <span className={s.aside}>{aside}</span>}
      </div>
      {children}
    </section>
  );
}
