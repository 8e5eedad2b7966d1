/** The part of a DragEvent the guard touches (testable without a DOM). */
interface DragLike {
  preventDefault(): void;
  dataTransfer?: { dropEffect: string } | null;
}

/**
 * Refuses every drop of files or links on the page: the cursor shows "not allowed" and a drop does
 * nothing (navigateOnDragDrop: false already stops the navigation; this also stops the page from
 * reading a dropped file). Listeners are on the capture phase so no page code runs first.
 */
export function installDropGuard(target: Pick<EventTarget, 'addEventListener'>): void {
  const refuse = (event: Event) => {
    const drag = event as unknown as DragLike;
    drag.preventDefault();
    if (drag.dataTransfer) drag.dataTransfer.dropEffect = 'none';
  };
  for (const type of ['dragenter', 'dragover', 'drop'])
    target.addEventListener(type, refuse, { capture: true });
}
