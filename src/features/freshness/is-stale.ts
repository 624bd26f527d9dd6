// Whether a guide may be out of date: apps change their settings often, so a guide not reviewed
// for six months says so.

/** Is a review dated `reviewed` older than `months` months on `today`? Both dates are YYYY-MM-DD. */
export function isStale(reviewed: string, today: string, months = 6): boolean {
  const [y, m, d] = reviewed.split('-').map(Number) as [number, number, number];
  const limit = new Date(Date.UTC(y, m - 1 + months, d));
  return new Date(`${today}T00:00:00Z`) > limit;
}
