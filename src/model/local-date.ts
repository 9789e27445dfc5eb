/** Today as plans write dates, from the clock of the machine the command runs on. */

/** The local calendar date of a moment (default: now), YYYY-MM-DD. */
export function localDate(moment: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}
