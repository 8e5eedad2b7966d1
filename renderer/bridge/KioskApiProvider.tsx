import { createContext, useContext, type ReactNode } from 'react';
import type { RendererKioskApi } from './httpKioskApi';
import { getKioskApi } from './kioskApi';

const KioskApiContext = createContext<RendererKioskApi | null>(null);

/** Gives a subtree its own KioskApi (tests inject an in-memory one); default: getKioskApi(). */
export function KioskApiProvider({
  api,
  children,
}: {
  api: RendererKioskApi;
  children: ReactNode;
}) {
  return <KioskApiContext.Provider value={api}>{children}</KioskApiContext.Provider>;
}

export function useKioskApi(): RendererKioskApi {
  return useContext(KioskApiContext) ?? getKioskApi();
}
