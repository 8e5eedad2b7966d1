import { useCallback, useEffect, useRef, useState } from 'react';
import type { ScanStatus, ScannedPage } from '../../../shared/contract/documents';
import { useKioskApi } from '../../bridge';

const POLL_MS = 300;
const idle: ScanStatus = { state: 'idle', source: 'flatbed', page: 0, percent: 0, pages: [] };

/**
 * The scan in main, as the screen sees it: started here, followed by polling while it runs (main
 * owns the scanner; a frozen screen cannot leave it running because the visit wipe stops it).
 */
export function useScan() {
  const api = useKioskApi();
  const [status, setStatus] = useState<ScanStatus>(idle);
  const [errorKey, setErrorKey] = useState<string | null>(null);
  const alive = useRef(true);
  const running = status.state === 'scanning' || status.state === 'cancelling';

  useEffect(() => {
    alive.current = true;
    void api.call('documents.scanStatus', {}).then((r) => {
      if (r.ok && alive.current) setStatus(r.value);
    });
    return () => {
      alive.current = false;
    };
  }, [api]);

  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => {
      void api.call('documents.scanStatus', {}).then((r) => {
        if (r.ok && alive.current) setStatus(r.value);
      });
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [api, running]);

  const report = (code: string, fields?: Record<string, string>) =>
    setErrorKey(fields?._ ?? fields?.pageId ?? `errors.${code}`);

  const start = useCallback(
    async (source: 'flatbed' | 'feeder') => {
      setErrorKey(null);
      const r = await api.call('documents.scanStart', { source });
      if (r.ok) setStatus(r.value);
      else report(r.error.code, r.error.fields);
    },
    [api],
  );

  const cancel = useCallback(async () => {
    setStatus((s) => ({ ...s, state: 'cancelling' }));
    const r = await api.call('documents.scanCancel', {});
    if (r.ok) setStatus(r.value);
  }, [api]);

  const withPages = useCallback(
    async (
      work: () => Promise<
        | { ok: true; value: { pages: ScannedPage[] } }
        | { ok: false; error: { code: string; fields?: Record<string, string> } }
      >,
    ) => {
      setErrorKey(null);
      const r = await work();
      if (r.ok) setStatus((s) => ({ ...s, pages: r.value.pages }));
      else report(r.error.code, r.error.fields);
    },
    [],
  );

  /** Pages added elsewhere (the camera screen) become the document's pages here too. */
  const setPages = useCallback((pages: ScannedPage[]) => setStatus((s) => ({ ...s, pages })), []);

  return {
    status,
    running,
    errorKey,
    start,
    cancel,
    setPages,
    rotate: (page: ScannedPage) =>
      withPages(() =>
        api.call('documents.pageRotate', {
          pageId: page.id,
          rotation: ((page.rotation + 90) % 360) as ScannedPage['rotation'],
        }),
      ),
    remove: (page: ScannedPage) =>
      withPages(() => api.call('documents.pageDelete', { pageId: page.id })),
    move: (page: ScannedPage, to: number) =>
      withPages(() => api.call('documents.pageMove', { pageId: page.id, to })),
    discard: () =>
      withPages(async () => {
        const r = await api.call('documents.discard', {});
        if (r.ok) setStatus((s) => ({ ...s, state: 'idle', problem: undefined }));
        return r;
      }),
  };
}

export type ScanControls = ReturnType<typeof useScan>;
