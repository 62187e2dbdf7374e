import { afterAll } from 'vitest';
import { closeChromium } from './kassa-app.ts';

// Each e2e file shares one Chromium between its tests (a fresh context per test); it goes with the file.
afterAll(closeChromium);
