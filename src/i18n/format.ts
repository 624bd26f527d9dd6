// Dates and numbers in the reader's language. Content dates are calendar dates, so they are read
// and written in UTC: a date never shifts by a day with the reader's time zone.

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

/** "2026-11-28" -> "28 November 2026"; "2018-04" -> "April 2018". */
export function formatDate(iso: string, language: string): string {
  const day = DAY.exec(iso);
  if (day) {
    const date = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
    return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
  }
  const month = MONTH.exec(iso);
  if (month) {
    const date = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
    return new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
  }
  return iso;
}

/** 1628 -> "1,628"; 18.4 -> "18.4". */
export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);
}
