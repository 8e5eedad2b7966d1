import { zodResolver } from '@hookform/resolvers/zod';
import {
  useEffect,
  useEffectEvent,
  useLayoutEffect,
  useRef,
  useState,
  type FormEvent,
} from 'react';
import {
  get,
  useForm,
  useWatch,
  type DefaultValues,
  type FieldErrors,
  type FieldValues,
  type Path,
  type PathValue,
  type Resolver,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { ErrorCode, KioskErrorInfo } from '../../../shared/contract';
import { announce } from './announce';
import { focusFirstError } from './focusFirstError';

export interface KioskFormOptions<Draft extends FieldValues> {
  /**
   * Ids of the fields are `<idPrefix>-<path>` with dashes for dots ("actu-employeurs-0-brut"), or
   * `<idPrefix>-<first segment>` for a group ("reg-communeNaissance"): the focus goes there when
   * the field is wrong.
   */
  idPrefix: string;
  /** The id of a field when the screen's ids do not follow the paths (ids the e2e specs know). */
  fieldId?(path: string): string;
  /** The rule set from shared/domain; its messages are catalogue keys. */
  schema: z.ZodType;
  /** What the form opens with: the draft kept in the store or in the screen. */
  draft: Draft;
  /** Every edit, so the draft is kept where it lives ("Étape précédente" and "Modifier" lose nothing). */
  onDraftChange?(draft: Draft): void;
  /** Field → catalogue key shown when the form opens (a refusal sent back after the review). */
  initialErrors?: Record<string, string>;
}

export interface KioskForm<Draft extends FieldValues> {
  values: Draft;
  set<F extends keyof Draft & string>(field: F, value: Draft[F]): void;
  /** Several fields at once (a code postal and its commune). */
  patch(partial: Partial<Draft>): void;
  /** The field's message in the chosen language, for its `error` prop. */
  errorOf(field: string): string | undefined;
  /**
   * Field → catalogue key: shown beside each field, the first one focused and announced.
   * `values` fill the messages' placeholders ("Réessayez dans {{count}} secondes").
   */
  showErrors(errors: Record<string, string>, values?: Record<string, string | number>): void;
  clearErrors(): void;
  /** A refusal from main: beside its fields when it names them, else as the form's error. */
  refuse(error: KioskErrorInfo): void;
  /** The code of a failure tied to no field (the form shows it as one alert). */
  formError: ErrorCode | null;
  setFormError(code: ErrorCode | null): void;
  /** True while the submit handler runs: the submit button says so and a second press is ignored. */
  submitting: boolean;
  /** Checks some fields only (e.g. the identifiant before "Vérifier"); false when one is wrong. */
  check(fields: readonly (keyof Draft & string)[]): Promise<boolean>;
  /** The <form>'s onSubmit: checks the whole draft, then runs `handler` with it. */
  onSubmit(handler: (draft: Draft) => Promise<void> | void): (event?: FormEvent) => void;
}

/** Paths of the messages in react-hook-form's nested errors ("communeNaissance.code"). */
function errorPaths(errors: FieldErrors, prefix = ''): string[] {
  return Object.entries(errors).flatMap(([key, value]) => {
    if (!value || typeof value !== 'object') return [];
    const path = `${prefix}${key}`;
    return typeof (value as { message?: unknown }).message === 'string'
      ? [path]
      : errorPaths(value as FieldErrors, `${path}.`);
  });
}

/**
 * The kiosk's one form pattern: react-hook-form with the zod resolver over the shared/domain
 * schema, checked on submit (what was typed is never cleared), messages as catalogue keys
 * translated here only, the first faulty field focused and the number of faults announced.
 * Fields stay controlled components (`values` + `set`) because the design system's inputs are.
 */
export function useKioskForm<Draft extends FieldValues>({
  idPrefix,
  fieldId,
  schema,
  draft,
  onDraftChange,
  initialErrors,
}: KioskFormOptions<Draft>): KioskForm<Draft> {
  const { t } = useTranslation();
  const form = useForm<Draft>({
    // A draft is wider than the schema's input (a civilité not chosen yet is ''): the schema is
    // what refuses those holes, with its messages. `raw` hands the handler what was typed.
    resolver: zodResolver(schema as never, undefined, { raw: true }) as unknown as Resolver<Draft>,
    defaultValues: draft as DefaultValues<Draft>,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    // The design system rebuilds a field when it turns invalid: the focus moves after the render.
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;
  const values = useWatch({ control: form.control }) as Draft;
  const [formError, setFormError] = useState<ErrorCode | null>(null);
  const busy = useRef(false);

  // react-hook-form hands out its own values object and changes it in place: what is kept
  // elsewhere is a copy, so no store holds an object that changes behind its back.
  const draftChanged = useEffectEvent((next: Draft) => onDraftChange?.(structuredClone(next)));
  useEffect(
    () =>
      form.subscribe({
        formState: { values: true },
        callback: ({ values: next }) => draftChanged(next),
      }),
    [form],
  );

  // Fields whose errors are to be focused and announced once they are on screen: react-hook-form
  // publishes a failed submit's errors after its onInvalid callback, so this waits for them.
  // A layout effect: the focus moves in the very commit that shows the messages, never after.
  const pendingFocus = useRef<string[] | null>(null);
  useLayoutEffect(() => {
    const paths = pendingFocus.current;
    if (!paths || !paths.some((path) => get(errors, path))) return;
    pendingFocus.current = null;
    const elementOf = (path: string) =>
      fieldId
        ? document.getElementById(fieldId(path))
        : (document.getElementById(`${idPrefix}-${path.replaceAll('.', '-')}`) ??
          document.getElementById(`${idPrefix}-${path.split('.')[0] ?? path}`));
    const elements = paths.map((path) => elementOf(path) ?? path);
    focusFirstError(elements.filter((el): el is HTMLElement => typeof el !== 'string'));
    // Two messages on one group ("communeNaissance.code" and ".nom") are one field to correct.
    announce(t('form.errorsToFix', { count: new Set(elements).size }));
  });

  const requestFocus = (paths: string[]) => {
    if (paths.length > 0) pendingFocus.current = [...new Set(paths)];
  };

  const applyErrors = (next: Record<string, string>) => {
    form.clearErrors();
    for (const [path, message] of Object.entries(next))
      form.setError(path as Path<Draft>, { type: 'refused', message });
    requestFocus(Object.keys(next));
  };
  const [messageValues, setMessageValues] = useState<Record<string, string | number>>({});
  const showErrors = (
    next: Record<string, string>,
    values: Record<string, string | number> = {},
  ) => {
    setMessageValues(values);
    applyErrors(next);
  };

  useEffect(() => {
    if (initialErrors && Object.keys(initialErrors).length > 0) applyErrors(initialErrors);
    // Only once, when the form opens with the refusal it was opened for.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Field names are checked by `keyof Draft`; react-hook-form wants its own Path type.
  // A message is about what was there when the person pressed the button: once they change the
  // field it goes, rather than blaming the corrected value until the next submit (which checks
  // it again).
  const setField = (field: string, value: unknown) => {
    if (get(form.formState.errors, field)) form.clearErrors(field as Path<Draft>);
    form.setValue(field as Path<Draft>, value as PathValue<Draft, Path<Draft>>, {
      shouldDirty: true,
    });
  };

  return {
    values,
    set: setField,
    patch: (partial) => {
      for (const [field, value] of Object.entries(partial)) setField(field, value);
    },
    errorOf: (field) => {
      const error: { message?: unknown } | undefined = get(errors, field);
      const message = error?.message;
      return typeof message === 'string' && message ? t(message, messageValues) : undefined;
    },
    showErrors,
    clearErrors: () => form.clearErrors(),
    refuse: (error) => {
      const fields = error.fields ?? {};
      if (Object.keys(fields).length > 0) showErrors(fields);
      else setFormError(error.code);
    },
    formError,
    setFormError,
    submitting: isSubmitting,
    check: async (fields) => {
      const names = fields as unknown as Path<Draft>[];
      const ok = await form.trigger(names);
      if (!ok) requestFocus(names.filter((name) => form.getFieldState(name).invalid));
      return ok;
    },
    onSubmit: (handler) => (event) => {
      event?.preventDefault();
      if (busy.current) return;
      busy.current = true;
      setFormError(null);
      const run = form.handleSubmit(
        async (checked) => handler(checked),
        (invalid) => requestFocus(errorPaths(invalid)),
      );
      // Handlers report failures through the form's state, never by throwing; the flag is
      // released whatever happens so the form can always be sent again.
      void run().finally(() => {
        busy.current = false;
      });
    },
  };
}
