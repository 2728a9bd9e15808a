/** Standalone page entry: the pane on an exceljs workbook in the browser; no office.js, no network. */
import { createRoot } from 'react-dom/client';
import { Shell } from '../taskpane/Shell';
import { StandalonePage } from './StandalonePage';

if (!(window as { __junhengUnsupported?: boolean }).__junhengUnsupported) {
  const el = document.getElementById('root');
  if (el)
    createRoot(el).render(
      <Shell>
        <StandalonePage />
      </Shell>,
    );
}
