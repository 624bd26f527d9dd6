// How far each guide is confirmed: its steps, how many are confirmed on the official page and how
// many not, and its oldest check, with totals. `npm run content:report` prints it; the sources
// page (src/routes/about) shows the same per guide, for readers. Pure: it runs in the build.
import type { Guide } from '../schema/guide';

export interface GuideReportRow {
  id: string;
  name: string;
  steps: number;
  /** Steps marked verified: confirmed on the official page. */
  confirmed: number;
  notConfirmed: number;
  /** The oldest date any step was checked (YYYY-MM-DD); empty when the guide has no steps. */
  oldestCheck: string;
}

export interface GuideReport {
  /** One row per guide, by name. */
  rows: GuideReportRow[];
  totals: Omit<GuideReportRow, 'id' | 'name'> & { guides: number };
}

function oldest(dates: readonly string[]): string {
  return dates.reduce((min, date) => (min === '' || date < min ? date : min), '');
}

export function guideReportRow(guide: Pick<Guide, 'id' | 'name' | 'checklist'>): GuideReportRow {
  const confirmed = guide.checklist.filter((step) => step.status === 'verified').length;
  return {
    id: guide.id,
    name: guide.name,
    steps: guide.checklist.length,
    confirmed,
    notConfirmed: guide.checklist.length - confirmed,
    oldestCheck: oldest(guide.checklist.map((step) => step.source.checked)),
  };
}

export function guideReport(guides: readonly Pick<Guide, 'id' | 'name' | 'checklist'>[]): GuideReport {
  const rows = guides.map(guideReportRow).sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  const sum = (key: 'steps' | 'confirmed' | 'notConfirmed') => rows.reduce((total, row) => total + row[key], 0);
  return {
    rows,
    totals: { guides: rows.length, steps: sum('steps'), confirmed: sum('confirmed'), notConfirmed: sum('notConfirmed'), oldestCheck: oldest(rows.map((row) => row.oldestCheck).filter((date) => date !== '')) },
  };
}

/** The report as a plain-text table for a terminal. */
export function formatReport(report: GuideReport): string {
  const header = ['Guide', 'Steps', 'Confirmed', 'Not confirmed', 'Oldest check'];
  const body = report.rows.map((row) => [row.name, String(row.steps), String(row.confirmed), String(row.notConfirmed), row.oldestCheck]);
  const { totals } = report;
  const total = [`Total (${totals.guides} guides)`, String(totals.steps), String(totals.confirmed), String(totals.notConfirmed), totals.oldestCheck];
  const table = [header, ...body, total];
  const widths = header.map((_, column) => Math.max(...table.map((cells) => (cells[column] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (column === 0 || column === 4 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  const share = totals.steps === 0 ? 0 : Math.round((totals.confirmed / totals.steps) * 100);
  return [line(header), rule, ...body.map(line), rule, line(total), '', `${totals.confirmed} of ${totals.steps} steps (${share}%) are confirmed on the official page.`].join('\n');
}
