import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PREVIEW_DPI = 60;

/**
 * The real PDF drawn as PNG pages with poppler's pdftoppm (installed with poppler-utils on the
 * Linux terminals): the renderer shows <img> with data: URLs, so no PDF engine, worker or eval runs
 * under the page's CSP. Files live in the visit's temp folder for the time of the call only.
 * Returns [] when pdftoppm is missing (Windows without poppler): the UI says the preview is unavailable.
 */
export async function previewPages(pdf: Uint8Array, visitTempDir?: string): Promise<string[]> {
  const dir = mkdtempSync(join(visitTempDir ?? tmpdir(), 'cv-preview-'));
  try {
    const file = join(dir, 'cv.pdf');
    writeFileSync(file, pdf);
    const ok = await new Promise<boolean>((resolve) => {
      execFile(
        'pdftoppm',
        ['-r', String(PREVIEW_DPI), '-png', file, join(dir, 'page')],
        { timeout: 15_000 },
        (error) => resolve(!error),
      );
    });
    if (!ok) return [];
    return readdirSync(dir)
      .filter((name) => name.endsWith('.png'))
      .sort()
      .map((name) => `data:image/png;base64,${readFileSync(join(dir, name)).toString('base64')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
