import '../../shared/zod-jitless.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../shared/base.css';
import './customer-display.css';
import { CustomerDisplayApp } from './customer-display-app.tsx';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <CustomerDisplayApp />
    </StrictMode>,
  );
}
