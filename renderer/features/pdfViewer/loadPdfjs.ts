/**
 * pdf.js, loaded only when a letter is opened. Its worker is a file of the app (vite emits it next
 * to the bundle), so it is served from 'self' under the CSP and works offline. Both imports are
 * dynamic: screens that never show a PDF never load either.
 */
export async function loadPdfjs() {
  const [pdfjs, worker] = await Promise.all([
    import('pdfjs-dist'),
    import('pdfjs-dist/build/pdf.worker.min.mjs?url'),
  ]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  return pdfjs;
}
