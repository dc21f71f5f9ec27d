import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The API server to forward /api to in development and preview (the built UI is served by
// commonground itself in production).
const apiTarget = process.env.CG_API_URL ?? 'http://127.0.0.1:8080';
const proxy = { '/api': { target: apiTarget } };

// The policy commonground sends with the UI; preview applies it so browser tests catch any
// inline script or style that would break under it.
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

export default defineConfig({
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    // Never turn assets into data: URLs, which the policy above does not allow.
    assetsInlineLimit: 0,
  },
  server: { proxy },
  preview: { proxy, headers: { 'Content-Security-Policy': contentSecurityPolicy } },
});
