/**
 * Task pane entry. office.js is loaded by the HTML page (never imported here); once Office is ready the pane gets an
 * OfficeHost, the one place that speaks Office.js. Outside Excel the pane says where to go instead.
 */
import { createRoot } from 'react-dom/client';
import type { ReactNode } from 'react';
import { OfficeHost, hostSupportProblem } from '../office';
import { App } from './App';
import { NotInOffice } from './components/NotInOffice';
import { Shell } from './Shell';

function mount(node: ReactNode): void {
  const el = document.getElementById('root');
  if (el) createRoot(el).render(<Shell>{node}</Shell>);
}

function start(): void {
  // The HTML guard already told an old Office engine what to do; nothing to mount there.
  if ((window as { __junhengUnsupported?: boolean }).__junhengUnsupported) return;
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') {
    mount(<NotInOffice />);
    return;
  }
  Office.onReady((info) => {
    if (info.host !== Office.HostType.Excel) return mount(<NotInOffice />);
    const problem = hostSupportProblem();
    if (problem) mount(<NotInOffice problem={problem} />);
    else mount(<App host={new OfficeHost()} hostLabel="Excel" />);
  });
}

start();
