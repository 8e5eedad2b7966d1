import { useCallback, useEffect, useRef, useState } from 'react';
import type { ScannedPage } from '../../../shared/contract/documents';
import { useKioskApi } from '../../bridge';
import { grabJpeg, openStream, problemOf, type CameraProblemCode } from './media';

type Corners = { x: number; y: number }[];
export type CameraState =
  | { kind: 'starting' }
  | { kind: 'live' }
  | { kind: 'capturing' }
  | { kind: 'review'; page: ScannedPage; found: boolean; pages: ScannedPage[] }
  | { kind: 'problem'; problem: CameraProblemCode };

const DETECT_EVERY_MS = 300;
const DETECT_WIDTH = 480;

/**
 * The camera for the capture screen: opens main's camera gate, then the stream; polls main's page
 * detection with small frames; closes both when the screen goes (unmount, visit end) or fails.
 */
export function useCamera() {
  const api = useKioskApi();
  const videoRef = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const [state, setState] = useState<CameraState>({ kind: 'starting' });
  const [corners, setCorners] = useState<Corners | null>(null);
  const [errorKey, setErrorKey] = useState<string | null>(null);
  const alive = useRef(true);
  /** A capture or a retake in progress: a second tap waits for it instead of sending again. */
  const acting = useRef(false);

  const stop = useCallback(() => {
    for (const track of stream.current?.getTracks() ?? []) {
      track.onended = null;
      track.stop();
    }
    stream.current = null;
    if (videoRef.current) videoRef.current.srcObject = null;
  }, []);

  const connect = useCallback(
    async (opened: boolean) => {
      if (!alive.current) return;
      if (!opened) return setState({ kind: 'problem', problem: 'failed' });
      try {
        const media = await openStream();
        if (!alive.current) {
          for (const track of media.getTracks()) track.stop();
          return;
        }
        // Two opens can overlap (a retry, StrictMode's double effect): the older stream is stopped.
        stop();
        stream.current = media;
        for (const track of media.getVideoTracks())
          track.onended = () => {
            stop();
            setState({ kind: 'problem', problem: 'lost' });
          };
        setState({ kind: 'live' });
      } catch (error) {
        void api.call('documents.cameraClose', {});
        if (alive.current) setState({ kind: 'problem', problem: problemOf(error) });
      }
    },
    [api, stop],
  );

  /** Opens main's gate, then the stream; state changes only once main has answered. */
  const open = useCallback(
    () => api.call('documents.cameraOpen', {}).then((opened) => connect(opened.ok)),
    [api, connect],
  );

  const start = useCallback(async () => {
    setState({ kind: 'starting' });
    setCorners(null);
    setErrorKey(null);
    await open();
  }, [open]);

  useEffect(() => {
    alive.current = true;
    void open();
    return () => {
      alive.current = false;
      stop();
      void api.call('documents.cameraClose', {});
    };
  }, [api, open, stop]);

  // The stream goes into the video once it is rendered (live state).
  useEffect(() => {
    const video = videoRef.current;
    if (state.kind !== 'live' || !video || !stream.current) return;
    if (video.srcObject !== stream.current) {
      video.srcObject = stream.current;
      void video.play().catch(() => undefined);
    }
  }, [state.kind]);

  // Live page detection: one frame in flight at a time, a few times a second.
  useEffect(() => {
    if (state.kind !== 'live') return;
    let busy = false;
    const timer = setInterval(() => {
      const video = videoRef.current;
      if (busy || !video) return;
      busy = true;
      void grabJpeg(video, DETECT_WIDTH, 0.6)
        .then(async (jpegBase64) => {
          if (!jpegBase64) return;
          const r = await api.call('documents.cameraDetect', { jpegBase64 });
          if (r.ok && alive.current) setCorners(r.value.corners);
        })
        .finally(() => {
          busy = false;
        });
    }, DETECT_EVERY_MS);
    return () => clearInterval(timer);
  }, [api, state.kind]);

  const capture = useCallback(async () => {
    const video = videoRef.current;
    if (!video || state.kind !== 'live' || acting.current) return;
    acting.current = true;
    try {
      setErrorKey(null);
      const jpegBase64 = await grabJpeg(video, 4096, 0.92);
      if (!jpegBase64) return setErrorKey('documents.camera.notReady');
      setState({ kind: 'capturing' });
      const r = await api.call('documents.cameraCapture', { jpegBase64 });
      if (!alive.current) return;
      if (r.ok) {
        // The page is taken: the camera rests while the user looks at it.
        stop();
        setState({ kind: 'review', ...r.value });
      } else {
        setErrorKey(r.error.fields?._ ?? `errors.${r.error.code}`);
        setState({ kind: 'live' });
      }
    } finally {
      acting.current = false;
    }
  }, [api, state.kind, stop]);

  /** "Reprendre": the page is dropped and the camera comes back. */
  const retake = useCallback(async () => {
    if (state.kind !== 'review' || acting.current) return;
    acting.current = true;
    // Out of the review at once: "Garder cette page" must not send the page being dropped.
    setState({ kind: 'starting' });
    try {
      await api.call('documents.pageDelete', { pageId: state.page.id });
    } finally {
      acting.current = false;
    }
    await start();
  }, [api, start, state]);

  return { videoRef, state, corners, errorKey, capture, retake, restart: start };
}
