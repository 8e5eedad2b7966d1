import type { ReactNode } from 'react';
import { AdviserBar } from './AdviserBar';
import styles from './adviser.module.css';

/**
 * The status line above the screen (the adviser call's status) with adviser mode's way in or its
 * banner at its end, on the same row: adviser mode never pushes the person's screen down.
 */
export function AdviserStatusRow({ children }: { children: ReactNode }) {
  return (
    <div className={styles.statusRow}>
      {children}
      <AdviserBar />
    </div>
  );
}
