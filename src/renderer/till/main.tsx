import '../../shared/zod-jitless.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../shared/base.css';
import './till.css';
import '../shared/readers/readers.css';
import { TillApp } from './till-app.tsx';
import { startScanInput } from './scanner/scan-input.ts';

// Before the first paint: a scan made while the till is still loading is kept for it (scan-input.ts).
startScanInput(window);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <TillApp />
    </StrictMode>,
  );
}
