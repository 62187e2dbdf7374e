import '../../shared/zod-jitless.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../shared/base.css';
import '../shared/readers/readers.css';
import './preferences.css';
import { PreferencesApp } from './preferences-app.tsx';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <PreferencesApp />
    </StrictMode>,
  );
}
