/** How an identity fieldset reads its texts and reports edits, whatever form holds the values. */
export interface IdentityFieldsProps<V> {
  /** Prefix of the inputs' ids, unique per flow ("reg", "pem"). */
  idPrefix: string;
  /** The flow's text for a field key (its catalogue section). */
  text(key: string): string;
  values: V;
  errorOf(field: keyof V & string): string | undefined;
  set<K extends keyof V>(field: K, value: V[K]): void;
}
