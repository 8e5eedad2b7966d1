import { randomInt, randomUUID } from 'node:crypto';
import { KioskError } from '../../../shared/contract';
import type { documentsMethods } from '../../../shared/contract/documents';
import {
  documentDetailsSchema,
  documentReference,
  documentTypeRules,
  MAX_PAGES,
} from '../../../shared/domain/documents';
import type {
  AdviserContact,
  AppointmentList,
  LetterList,
  LetterPdf,
  SentDocumentList,
} from '../api/types';
import { detectFrame, straightenFrame } from '../camera';
import { assemblePdf, preparePage } from '../imaging';
import { silentLogger } from '../logging';
import { requireUser, type HandlerDeps } from '../rpc/context';
import type { HandlersFor } from '../rpc/dispatcher';
import type { Visit } from '../visit/visitManager';
import { ScanSession } from './scanSession';

/** Scanning, sending documents, and "Mes échanges" (letters, appointments, adviser). */
export function documentsHandlers(deps: HandlerDeps): HandlersFor<typeof documentsMethods> {
  const { visits, api, outbox, printer, scanning } = deps;
  const logger = deps.logger ?? silentLogger;
  let session: { visitId: string; session: ScanSession } | undefined;
  // The wipe deletes the folder; this stops a scanner still running for the user who left.
  visits.onWipe(async () => {
    const ending = session;
    session = undefined;
    if (ending) await ending.session.dispose();
  });

  const sessionOf = (visit: Visit): ScanSession => {
    if (session?.visitId !== visit.id) {
      if (!visit.tempDir) throw new KioskError('internal', 'visit has no temp folder');
      session = { visitId: visit.id, session: new ScanSession(visit.tempDir, scanning, logger) };
    }
    return session.session;
  };
  const pagesOf = async (s: ScanSession) => {
    await s.settled();
    return { pages: s.snapshot().pages };
  };
  const guard = <T>(work: () => T): T => {
    try {
      return work();
    } catch {
      throw new KioskError('invalid_input', 'no such page', {
        pageId: 'documents.errors.noSuchPage',
      });
    }
  };

  // Frames are accepted only while the camera screen is open (the same gate the shell grants by).
  const cameraVisit = (): Visit => {
    const visit = requireUser(visits);
    if (!visits.cameraAllowed)
      throw new KioskError('invalid_input', 'camera is closed', { _: 'documents.camera.closed' });
    return visit;
  };
  const photo = (base64: string): Buffer => Buffer.from(base64, 'base64');
  const unreadable = (error: unknown): never => {
    if (error instanceof KioskError) throw error;
    logger.warn('camera.frame_unreadable', { error });
    throw new KioskError('invalid_input', 'unreadable photo', { _: 'documents.camera.unreadable' });
  };

  return {
    'documents.cameraOpen': async () => {
      requireUser(visits);
      visits.allowCamera(true);
      return {};
    },
    'documents.cameraClose': async () => {
      visits.allowCamera(false);
      return {};
    },
    'documents.cameraDetect': async ({ jpegBase64 }) => {
      cameraVisit();
      const detection = await detectFrame(photo(jpegBase64)).catch(unreadable);
      return { corners: detection.corners };
    },
    'documents.cameraCapture': async ({ jpegBase64 }) => {
      const s = sessionOf(cameraVisit());
      await s.settled();
      if (s.busy)
        throw new KioskError('invalid_input', 'scan in progress', {
          _: 'documents.errors.scanning',
        });
      ensureRoom(s);
      const result = await straightenFrame(photo(jpegBase64)).catch(unreadable);
      const page = await s.addPhoto(result.jpeg);
      logger.info('camera.capture', { found: result.found, dpi: result.dpi, ms: result.ms });
      return { found: result.found, page, pages: s.snapshot().pages };
    },
    'documents.scanStart': async ({ source }) => {
      const s = sessionOf(requireUser(visits));
      ensureRoom(s);
      return s.start(source);
    },
    'documents.scanStatus': async () => sessionOf(requireUser(visits)).snapshot(),
    'documents.scanCancel': async () => sessionOf(requireUser(visits)).cancel(),
    'documents.pageRotate': async ({ pageId, rotation }) => {
      const s = sessionOf(requireUser(visits));
      guard(() => s.rotate(pageId, rotation));
      return pagesOf(s);
    },
    'documents.pageDelete': async ({ pageId }) => {
      const s = sessionOf(requireUser(visits));
      guard(() => s.remove(pageId));
      return pagesOf(s);
    },
    'documents.pageMove': async ({ pageId, to }) => {
      const s = sessionOf(requireUser(visits));
      guard(() => s.move(pageId, to));
      return pagesOf(s);
    },
    'documents.discard': async () => {
      const s = sessionOf(requireUser(visits));
      if (s.busy) await s.cancel();
      s.discard();
      return pagesOf(s);
    },
    'documents.send': async (input) => {
      const visit = requireUser(visits);
      const s = sessionOf(visit);
      await s.settled();
      if (s.busy)
        throw new KioskError('invalid_input', 'scan in progress', {
          _: 'documents.errors.scanning',
        });
      if (s.pages.length === 0)
        throw new KioskError('invalid_input', 'no pages', { _: 'documents.errors.noPages' });
      const parsed = documentDetailsSchema().safeParse(input);
      if (!parsed.success) {
        const fields: Record<string, string> = {};
        for (const issue of parsed.error.issues)
          fields[issue.path.join('.') || '_'] ??= issue.message;
        throw new KioskError('invalid_input', 'invalid document details', fields);
      }
      const details = parsed.data;
      const profile = documentTypeRules[details.type].profile;
      const started = Date.now();
      const prepared = [];
      for (const page of s.pages) {
        prepared.push(
          await preparePage(page.file, {
            profile,
            rotate: page.rotation,
            sourceDpi: scanning.resolution,
          }),
        );
      }
      const pdf = await assemblePdf(prepared, 'Document envoyé depuis la borne');
      const reference = documentReference(() => randomInt(0, 1_000_000) / 1_000_000);
      logger.info('documents.pdf_built', {
        pages: prepared.length,
        bytes: pdf.length,
        ms: Date.now() - started,
      });
      const receipt = await outbox.submit(visit, {
        kind: 'document',
        path: '/v1/documents',
        // The upload id is fixed here so every delivery attempt resumes the same upload.
        body: { ...details, pages: prepared.length, reference, uploadId: randomUUID() },
        attachment: pdf,
      });
      s.discard();
      return { reference, status: receipt.status, pages: prepared.length };
    },
    'documents.list': async () => {
      const visit = requireUser(visits);
      const list = await api.getAsUser<SentDocumentList>(
        'documents',
        '/v1/documents',
        visit.userToken,
      );
      return { documents: list.documents };
    },
    'exchanges.overview': async () => {
      const { userToken } = requireUser(visits);
      const [letters, appointments, adviser] = await Promise.all([
        api.getAsUser<LetterList>('letters', '/v1/letters', userToken),
        api.getAsUser<AppointmentList>('appointments', '/v1/appointments', userToken),
        // No adviser assigned yet (404) is a normal state, not an error.
        api
          .getAsUser<AdviserContact>('adviser', '/v1/adviser', userToken)
          .catch((error: unknown) => {
            if (error instanceof KioskError && error.code === 'api_error') return null;
            throw error;
          }),
      ]);
      return { letters: letters.letters, appointments: appointments.appointments, adviser };
    },
    'exchanges.letterPdf': async ({ letterId }) => {
      const { userToken } = requireUser(visits);
      return api.getAsUser<LetterPdf>(
        'letter',
        `/v1/letters/${encodeURIComponent(letterId)}/pdf`,
        userToken,
      );
    },
    'exchanges.letterPrint': async ({ letterId }) => {
      const { userToken } = requireUser(visits);
      const { pdfBase64 } = await api.getAsUser<LetterPdf>(
        'letter',
        `/v1/letters/${encodeURIComponent(letterId)}/pdf`,
        userToken,
      );
      await printer.print(Buffer.from(pdfBase64, 'base64'), { kind: 'letter' });
      return {};
    },
  };
}

/** A session holds MAX_PAGES pages at most: a scan or a photo past that is refused first. */
function ensureRoom(s: ScanSession): void {
  if (s.pages.length >= MAX_PAGES)
    throw new KioskError('invalid_input', 'too many pages', {
      _: 'documents.errors.tooManyPages',
    });
}
