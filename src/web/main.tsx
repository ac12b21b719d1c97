/** Entry of the web app: mounts {@link App} into #root. */
import './zod-config';
// antd's styles for the portal's first pages, rendered at build time: antd skips writing them at run time (ADR 0024)
import 'virtual:antd-static.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
