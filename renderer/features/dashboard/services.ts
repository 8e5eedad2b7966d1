/** The espace personnel's services, in the order users look for them; none is available yet. */
export const services = ['actualisation', 'echanges', 'documents', 'cv', 'cle'] as const;
export type ServiceId = (typeof services)[number];
