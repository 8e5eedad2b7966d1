/**
 * The renderer's Content-Security-Policy, sent by the shell's protocol handler and by the
 * browser-mode host alike. No inline or eval'd script; the renderer talks only to its own origin.
 * `sandbox` without allow-modals makes Chromium ignore window.print() (and alert/confirm/prompt,
 * beforeunload dialogs), in every frame the page could make; without allow-popups and
 * allow-downloads it also refuses new windows and downloads. Only a header can carry it (not
 * <meta>). The kiosk's own printing goes through main (print/printer.ts), never through the page.
 */
export const RENDERER_SANDBOX = 'sandbox allow-scripts allow-same-origin allow-forms';
export const RENDERER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  // blob: for the speech engine's WAVs, which main renders and the page plays from memory.
  "media-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
  RENDERER_SANDBOX,
].join('; ');

/**
 * Headers sent with every renderer file, whatever the transport. The camera is allowed to our own
 * origin only (the document-capture screen); frames never may, and the Electron shell still denies
 * it unless that screen has opened the visit's camera gate (documents.cameraOpen).
 */
export const RENDERER_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': RENDERER_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(self), microphone=(), geolocation=(), payment=(), usb=()',
};
