import { useEffect } from 'react';

/*
 * The page title is the screen's title, preceded by the sub-step shown inside it if any
 * (« Vos pages — Envoyer un document — Borne France Travail »): the title is what a screen reader
 * says when the view changes. Both parts live here so that a screen and its sub-step never
 * overwrite each other whatever order their effects run in.
 */
let screenTitle = '';
let stepTitle: string | null = null;

function applyTitle(): void {
  document.title = stepTitle
    ? screenTitle
      ? `${stepTitle} — ${screenTitle}`
      : stepTitle
    : screenTitle;
}

/** Sets document.title while the calling screen is shown. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    screenTitle = title;
    applyTitle();
  }, [title]);
}

/** Names the sub-step shown inside the screen in document.title, while it is shown. */
export function useSubStepTitle(title: string): void {
  useEffect(() => {
    stepTitle = title;
    applyTitle();
    return () => {
      // A newer sub-step may already have named itself: only the one leaving is forgotten.
      if (stepTitle !== title) return;
      stepTitle = null;
      applyTitle();
    };
  }, [title]);
}
