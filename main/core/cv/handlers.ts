import { randomUUID } from 'node:crypto';
import { KioskError, type MethodOutput } from '../../../shared/contract';
import type { CvSummary, cvMethods } from '../../../shared/contract/cv';
import { cvCreationRefusal, cvIssues, type CvContent } from '../../../shared/domain/cv';
import { mapRefusals } from '../account/apiRefusal';
import { requireUser, type HandlerDeps } from '../rpc/context';
import type { HandlersFor } from '../rpc/dispatcher';
import { renderCvPdf } from './pdf/render';
import { searchPlaces } from './places';
import { previewPages } from './preview';
import { RomeService } from './romeService';

interface CvList {
  cvs: CvSummary[];
  max: number;
}

export interface CvHandlerOptions {
  rome?: RomeService;
  /** The month the checks of dates in the future compare with. */
  today?: () => { month: number; year: number };
}

const thisMonth = () => {
  const now = new Date();
  return { month: now.getMonth() + 1, year: now.getFullYear() };
};

const asUser = (userToken: string) => ({ 'X-User-Token': userToken });

/**
 * CV creation. Reads go straight to the central API, and so do delete and e-mail requests (the
 * person's own act, refused on a submission grant); every other write (draft, status) goes
 * through the outbox with kind 'cv', with an id made here so that a queued
 * draft and its later saves name the same CV. Nothing is written on the terminal but the preview's
 * images, in the visit's temp folder, for the time of the call.
 */
export function cvHandlers(
  { visits, api, outbox, printer }: HandlerDeps,
  options: CvHandlerOptions = {},
): HandlersFor<typeof cvMethods> {
  const rome = options.rome ?? new RomeService();
  const today = options.today ?? thisMonth;

  const list = (token: string) => api.getAsUser<CvList>('cv list', '/v1/cvs', token);

  const person = () => {
    const visit = requireUser(visits);
    return visit.profile ?? { prenom: '', nom: '' };
  };

  const printable = (content: CvContent) => {
    const issues = cvIssues(content, today());
    if (Object.keys(issues).length > 0)
      throw new KioskError('invalid_input', 'the CV is not complete enough to print', issues);
  };

  async function save(cvId: string | undefined, step: string, content: CvContent) {
    const visit = requireUser(visits);
    const existing = (await list(visit.userToken)).cvs;
    const known = cvId && existing.some((cv) => cv.cvId === cvId) ? cvId : undefined;
    const refusal = cvCreationRefusal(
      existing.map((cv) => ({ id: cv.cvId, rome: cv.rome })),
      content.target.appellation?.rome ?? null,
      known,
    );
    if (refusal) {
      const field = refusal === 'cv.validation.sameRome' ? 'target.appellation' : '_';
      throw new KioskError('invalid_input', 'CV refused by the limits', { [field]: refusal });
    }
    const id = cvId ?? randomUUID();
    const receipt = await outbox.submit(visit, {
      kind: 'cv',
      path: '/v1/cvs',
      body: { cvId: id, step, content },
    });
    return { cvId: id, status: receipt.status };
  }

  return {
    'cv.list': async () => {
      const visit = requireUser(visits);
      const token = visit.userToken;
      void rome.refresh({
        version: async () =>
          (await api.getAsUser<{ version: string }>('rome version', '/v1/rome/version', token))
            .version,
        index: () => api.getAsUser<unknown>('rome index', '/v1/rome/index', token),
      });
      return list(token);
    },
    'cv.get': async ({ cvId }) => {
      const visit = requireUser(visits);
      return api.getAsUser<MethodOutput<'cv.get'>>('cv get', `/v1/cvs/${cvId}`, visit.userToken);
    },
    'cv.save': ({ cvId, step, content }) => save(cvId, step, content),
    'cv.duplicate': async ({ cvId }) => {
      const visit = requireUser(visits);
      const source = await api.getAsUser<MethodOutput<'cv.get'>>(
        'cv get',
        `/v1/cvs/${cvId}`,
        visit.userToken,
      );
      // Seed 004: one CV per code ROME, so the copy starts without a job (and unpublished).
      const content: CvContent = {
        ...source.content,
        target: { ...source.content.target, appellation: null },
        skills: { ...source.content.skills, rome: [] },
        publication: { published: false, shareContact: source.content.publication.shareContact },
      };
      return save(undefined, 'cible', content);
    },
    'cv.setStatus': async ({ cvId, status }) => {
      const visit = requireUser(visits);
      const receipt = await outbox.submit(visit, {
        kind: 'cv',
        path: `/v1/cvs/${cvId}/status`,
        body: { status },
      });
      return { status: receipt.status };
    },
    // Deleting and e-mailing are asked at once with the person's own token, not queued: the
    // central API refuses both on the submission grant the outbox carries (it outlives the visit).
    'cv.delete': async ({ cvId }) => {
      const visit = requireUser(visits);
      await api.postAs('cv delete', `/v1/cvs/${cvId}/delete`, {}, asUser(visit.userToken));
      return { status: 'sent' as const };
    },
    'cv.email': async ({ cvId, email }) => {
      const visit = requireUser(visits);
      await mapRefusals(
        () => api.postAs('cv e-mail', `/v1/cvs/${cvId}/email`, { email }, asUser(visit.userToken)),
        { email_not_on_file: ['email', 'cv.validation.emailNotOnFile'] },
      );
      return { status: 'sent' as const };
    },
    'cv.searchAppellations': async ({ query }) => {
      requireUser(visits);
      return { hits: rome.get().search(query, 12), attribution: rome.source };
    },
    'cv.romeSkills': async ({ rome: code }) => {
      requireUser(visits);
      return { skills: rome.get().skillsFor(code) };
    },
    'cv.searchPlaces': async ({ query }) => {
      requireUser(visits);
      return { places: searchPlaces(query) };
    },
    'cv.preview': async ({ content }) => {
      const visit = requireUser(visits);
      const pdf = await renderCvPdf(content, person());
      const pages = await previewPages(pdf, visit.tempDir);
      return { pages, pageCount: pages.length };
    },
    'cv.print': async ({ content }) => {
      printable(content);
      const pdf = await renderCvPdf(content, person());
      await printer.print(pdf, { kind: 'cv' });
      return {};
    },
  };
}
