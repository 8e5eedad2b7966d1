import {
  createContext,
  useContext,
  useEffect,
  useRef,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from 'react';

/**
 * What every modal dialog carries besides its own actions: the adviser call, set once by the app.
 * A dialog makes the page inert, and the header's "Appeler un conseiller" with it; a person stuck
 * on the dialog's question must still be able to call (and cancel the call).
 */
export const DialogAssistContext = createContext<ReactNode>(null);

export interface DialogProps {
  /** alertdialog: an urgent question the user must answer (the idle warning). */
  role?: 'dialog' | 'alertdialog';
  title: string;
  titleId: string;
  descriptionId?: string;
  children: ReactNode;
  actions: ReactNode;
  /** Receives the focus when the dialog opens. */
  initialFocus: RefObject<HTMLElement | null>;
  onEscape?: () => void;
  /** false: no adviser call in this dialog (the staff's own admin dialog). */
  withAssist?: boolean;
}

const MODAL = '[aria-modal="true"]';

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A modal dialog with the design system's look. The page behind it is made inert by the caller
 * (see Page's `inert`); here focus goes in, stays in (Tab cycles), and goes back where it was.
 */
export function Dialog({
  role = 'dialog',
  title,
  titleId,
  descriptionId,
  children,
  actions,
  initialFocus,
  onEscape,
  withAssist = true,
}: DialogProps) {
  const root = useRef<HTMLDivElement>(null);
  const assist = useContext(DialogAssistContext);

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const self = root.current;
    initialFocus.current?.focus();
    // Focus stays in: a screen that mounts late behind the dialog (its heading takes the focus)
    // must not pull the keyboard out of it. Another open dialog is not "out" (the idle warning
    // over the adviser's tools): two traps each taking the focus back bounced it between them
    // without end.
    const keepInside = (event: FocusEvent) => {
      if (event.target instanceof Element && !event.target.closest(MODAL))
        initialFocus.current?.focus();
    };
    document.addEventListener('focusin', keepInside);
    return () => {
      document.removeEventListener('focusin', keepInside);
      // Back where it was, unless it has moved on to another dialog still open.
      const other = document.activeElement?.closest(MODAL);
      if (previous?.isConnected && (!other || other === self)) previous.focus();
    };
  }, [initialFocus]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' && onEscape) {
      event.preventDefault();
      onEscape();
      return;
    }
    if (event.key !== 'Tab' || !root.current) return;
    const focusable = [...root.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    if (focusable.length === 0) return;
    const index = focusable.indexOf(document.activeElement as HTMLElement);
    const next = event.shiftKey ? index - 1 : index + 1;
    event.preventDefault();
    focusable[(next + focusable.length) % focusable.length]?.focus();
  };

  return (
    <div
      ref={root}
      className="fr-modal fr-modal--opened kiosk-modal"
      role={role}
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      onKeyDown={onKeyDown}
    >
      <div className="fr-container fr-container--fluid fr-container-md">
        <div className="fr-grid-row fr-grid-row--center">
          <div className="fr-col-12 fr-col-md-10 fr-col-lg-8">
            <div className="fr-modal__body">
              <div className="fr-modal__content kiosk-modal__content">
                <h2 id={titleId} className="fr-modal__title">
                  {title}
                </h2>
                {children}
              </div>
              <div className="fr-modal__footer">{actions}</div>
              {withAssist && assist}
            </div>
          </div>
        </div>
      </div>
    </div>
  );
}
