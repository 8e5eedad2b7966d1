import { useEffect } from 'react';
import { useKioskApi } from '../../bridge';
import { useKioskStore } from '../../store';
import { AdviserUnlockDialog } from './AdviserUnlockDialog';
import { ConfirmEnd, ExplanationDialog, ToolsDialog } from './AdviserTools';

/**
 * Adviser mode's dialogs, over the person's screen (which stays mounted and untouched underneath),
 * and main's word that adviser mode's time is up.
 */
export function AdviserMode() {
  const api = useKioskApi();
  const view = useKioskStore((s) => s.adviserView);
  const inVisit = useKioskStore((s) => s.phase === 'visit');
  useEffect(() => api.on('adviser.ended', () => useKioskStore.getState().adviserLeft()), [api]);
  if (!inVisit) return null;
  if (view === 'unlock') return <AdviserUnlockDialog />;
  if (view === 'tools') return <ToolsDialog />;
  if (view === 'explanation') return <ExplanationDialog />;
  if (view === 'confirmEnd') return <ConfirmEnd />;
  return null;
}
