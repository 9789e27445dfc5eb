/**
 * Scenario time as reports show it: `d1 09:00` is one day and nine hours after the drill's start,
 * the same reading as a scenario's `at: 1d9h`, so a report line can be found in the scenario file.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** `d<days> HH:MM`, with `:SS` only when the time has seconds. */
export function formatScenarioTime(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000)) * 1000;
  const days = Math.floor(total / DAY);
  const hours = Math.floor((total % DAY) / HOUR);
  const minutes = Math.floor((total % HOUR) / MINUTE);
  const seconds = Math.floor((total % MINUTE) / 1000);
  const clock = `${pad(hours)}:${pad(minutes)}${seconds > 0 ? `:${pad(seconds)}` : ''}`;
  return `d${days} ${clock}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
