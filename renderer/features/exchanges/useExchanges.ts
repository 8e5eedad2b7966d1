import type {
  Adviser,
  Appointment,
  Letter,
  SentDocument,
} from '../../../shared/contract/documents';
import { useKioskQuery } from '../../bridge';

export interface ExchangesData {
  documents: SentDocument[];
  letters: Letter[];
  appointments: Appointment[];
  adviser: Adviser | null;
}

/** Everything "Mes échanges" shows, fetched once when the screen opens. */
export function useExchanges() {
  const overview = useKioskQuery('exchanges.overview', {}).result;
  const documents = useKioskQuery('documents.list', {}).result;
  if (!overview || !documents) return { data: null, errorCode: null };
  if (overview.ok && documents.ok)
    return {
      data: { ...overview.value, documents: documents.value.documents },
      errorCode: null,
    };
  return {
    data: null,
    errorCode: !overview.ok ? overview.error.code : !documents.ok ? documents.error.code : null,
  };
}

/** The user's documents with their status, for the dashboard. */
export function useSentDocuments(): SentDocument[] | null {
  const { result } = useKioskQuery('documents.list', {});
  return result?.ok ? result.value.documents : null;
}
