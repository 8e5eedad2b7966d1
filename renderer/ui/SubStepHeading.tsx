import { useEffect, useRef, type ReactNode } from 'react';
import { useSubStepTitle } from './useDocumentTitle';

export interface SubStepHeadingProps {
  id?: string;
  /**
   * 2 under the screen's h1 (the default), 3 inside a section of the screen (a letter opened), 1
   * when the sub-step's heading is the screen's only heading (one question per screen).
   */
  level?: 1 | 2 | 3;
  /** What the page title calls the sub-step, when the heading holds more than its name. */
  title?: string;
  className?: string;
  children: ReactNode;
}

/**
 * The heading of a step inside a screen (scan → details → sent, a question, a CV step…): the one
 * way a sub-step announces itself. When the step appears its heading takes the focus, so a screen
 * reader says where the person now is and the keyboard starts there, except when the screen
 * itself has just appeared and its h1 has the focus (the h1 is read first); and the step names
 * itself in the page title while it is shown. Give each sub-step its own `key` so that the next
 * one mounts anew.
 */
export function SubStepHeading({ id, level = 2, title, className, children }: SubStepHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (level > 1 && document.activeElement?.matches('h1.kiosk-heading')) return;
    ref.current?.focus();
  }, [level]);
  useSubStepTitle(title ?? (typeof children === 'string' ? children : ''));
  const Tag = `h${level}` as const;
  return (
    <Tag
      ref={ref}
      id={id}
      tabIndex={-1}
      className={`${className ?? (level === 1 ? '' : 'fr-h4')} kiosk-heading`.trim()}
    >
      {children}
    </Tag>
  );
}
