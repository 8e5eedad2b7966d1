import { PDFDocument } from 'pdf-lib';
import { ApiError } from '../errors';

/** The most pages a sent document may have (documentCreate's limit). */
const MAX_PAGES = 50;

const notAPdf = (): ApiError =>
  new ApiError(400, 'not_a_pdf', 'The uploaded file is not a readable PDF');

/**
 * The pages of an uploaded PDF, counted here by parsing it: a file is not a PDF because it starts
 * with "%PDF-", and the page count a client states is checked against this one, not trusted.
 * Strict parsing (an invalid object is a refusal), no encrypted file (an adviser could not open it).
 */
export async function countPdfPages(bytes: Buffer): Promise<number> {
  if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw notAPdf();
  let pages: number;
  try {
    const pdf = await PDFDocument.load(bytes, {
      throwOnInvalidObject: true,
      updateMetadata: false,
    });
    pages = pdf.getPageCount();
  } catch {
    throw notAPdf();
  }
  if (pages < 1 || pages > MAX_PAGES) throw notAPdf();
  return pages;
}
