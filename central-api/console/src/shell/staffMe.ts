import { createContext, useContext } from 'react';
import type { StaffMe } from '../types';

export const StaffMeContext = createContext<StaffMe | null>(null);

/** The signed-in staff member, for pages that show "you" apart from others (inside the shell). */
export function useStaffMe(): StaffMe {
  const me = useContext(StaffMeContext);
  if (!me) throw new Error('useStaffMe outside the console shell');
  return me;
}
