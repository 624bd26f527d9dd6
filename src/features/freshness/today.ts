// "Today", defined once: the reader's calendar date as YYYY-MM-DD (in UTC, like every content
// date, so a date never shifts by a day with the reader's time zone). The build's own date is
// import.meta.env.BUILD_DATE (vite.config.ts).
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
