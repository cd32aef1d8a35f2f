/** The day a command runs, as the archive writes days: `2025-10-08`, in local time. Pure. */

/** `2025-10-08`: the day of `date` in local time. */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
