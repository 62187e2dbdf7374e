import '../../shared/zod-jitless.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../shared/base.css';
import './till.css';
import '../shared/readers/readers.css';
import { TillApp } from './till-app.tsx';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <TillApp />
    </StrictMode>,
  );
}
