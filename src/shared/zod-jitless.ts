/**
 * Imported first by every window's entry point and the preload, before any schema exists: zod then never
 * compiles validators with `new Function`, which our Content Security Policy forbids. Without it, zod's
 * probe for eval support is blocked (and reported as a CSP violation in every window's console) the
 * first time an object schema parses. Validation works the same; it is interpreted instead of compiled.
 */
import { config } from 'zod';

config({ jitless: true });
