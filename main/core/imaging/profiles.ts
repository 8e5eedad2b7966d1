/**
 * How a page is encoded, by document type: text pages (payslips, certificates, letters) as 1-bit
 * CCITT G4 at 200 dpi; identity documents, RIB and coloured or stamped pages as JPEG at 150 dpi.
 */
export type ImageProfile = 'text' | 'grey' | 'colour';

export const profileSettings = {
  text: { dpi: 200 },
  grey: { dpi: 150, quality: 60 },
  colour: { dpi: 150, quality: 60 },
} as const;

/** Targets from the issue, checked by the tests and reported by the bench. */
export const bytesPerPageTarget: Record<ImageProfile, number> = {
  text: 40_000,
  grey: 170_000,
  colour: 250_000,
};
