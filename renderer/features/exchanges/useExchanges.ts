import { useEffect, useState } from 'react';
import type {
  Adviser,
  Appointment,
  Letter,
  SentDocument,
} from '../../../shared/contract/documents';
import { useKioskApi } from '../../bridge';

export interface ExchangesData {
  documents: SentDocument[];
  letters: Letter[];
  appointments: Appointment[];
  adviser: Adviser | null;
}

/** Everything "Mes échanges" shows, fetched once when the screen opens. */
export function useExchanges() {
  const api = useKioskApi();
  const [data, setData] = useState<ExchangesData | null>(null);
  const [errorCode, setErrorCode] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    void Promise.all([api.call('exchanges.overview', {}), api.call('documents.list', {})]).then(
      ([overview, documents]) => {
        if (!alive) return;
        if (overview.ok && documents.ok)
          setData({ ...overview.value, documents: documents.value.documents });
        else
          setErrorCode(
            !overview.ok ? overview.error.code : !documents.ok ? documents.error.code : 'internal',
          );
      },
    );
    return () => {
      alive = false;
    };
  }, [api]);
  return { data, errorCode };
}

/** The user's documents with their status, for the dashboard. */
export function useSentDocuments() {
  const api = useKioskApi();
  const [documents, setDocuments] = useState<SentDocument[] | null>(null);
  useEffect(() => {
    let alive = true;
    void api.call('documents.list', {}).then((r) => {
      if (alive && r.ok) setDocuments(r.value.documents);
    });
    return () => {
      alive = false;
    };
  }, [api]);
  return documents;
}
