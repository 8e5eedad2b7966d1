import { useEffect, useRef, useState } from 'react';

export interface StaffEvent {
  type: string;
  data: unknown;
}

/** After the server refused or closed the stream for good: a fresh EventSource after this long. */
const REOPEN_MS = 3_000;

/**
 * Subscribes to a server-sent events feed of the central API (cookie-authenticated) while the
 * component is mounted. EventSource reconnects by itself after a network drop; when the server
 * closed the stream for good (restart, an error answer) a new one is opened after a few seconds.
 * Each (re)connection gets a fresh snapshot from the server first, so nothing is missed.
 * Returns whether the feed is live, for the page to say so.
 */
export function useStaffEvents(url: string, onEvent: (event: StaffEvent) => void): boolean {
  const handler = useRef(onEvent);
  useEffect(() => {
    handler.current = onEvent;
  });
  const [live, setLive] = useState(false);
  useEffect(() => {
    let source: EventSource | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const open = () => {
      source = new EventSource(url, { withCredentials: true });
      source.onopen = () => setLive(true);
      source.onmessage = (message: MessageEvent<string>) => {
        try {
          handler.current(JSON.parse(message.data) as StaffEvent);
        } catch {
          // A malformed event is skipped; the next snapshot puts the view right.
        }
      };
      source.onerror = () => {
        setLive(false);
        if (source?.readyState === EventSource.CLOSED && !stopped) {
          source.close();
          timer = setTimeout(open, REOPEN_MS);
        }
      };
    };
    open();
    return () => {
      stopped = true;
      clearTimeout(timer);
      source?.close();
    };
  }, [url]);
  return live;
}
