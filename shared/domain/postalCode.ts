/**
 * French postal codes: five digits. Metropolitan departments 01–95 (Corsica's 20xxx included),
 * overseas 971–978 and 980/986–988 (Monaco and the Pacific). 00xxx and 96xxx do not exist.
 */
export function isFrenchPostalCode(value: string): boolean {
  if (!/^\d{5}$/.test(value)) return false;
  const department = Number(value.slice(0, 2));
  if (department >= 1 && department <= 95) return true;
  const overseas = Number(value.slice(0, 3));
  return (
    (overseas >= 971 && overseas <= 978) || overseas === 980 || (overseas >= 986 && overseas <= 988)
  );
}
