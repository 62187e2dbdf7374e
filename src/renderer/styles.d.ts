// Vite bundles imported stylesheets into the window's CSS file; the import itself has no value.
declare module '*.css';
