import { describe, expect, it } from 'vitest';
import { formatReport, guideReport } from '../../src/content/editorial/report';
import { toSourcesPageData } from '../../src/content/views';
import { loadFixture } from './editorial-fixture';

const { content } = loadFixture();

describe('content:report', () => {
  it('gives per guide its steps, confirmed and not, and oldest check, by name', () => {
    expect(guideReport(content.guides).rows).toEqual([
      { id: 'alpha-chat', name: 'Alpha Chat', steps: 4, confirmed: 3, notConfirmed: 1, oldestCheck: '2026-01-10' },
      { id: 'beta-games', name: 'Beta Games', steps: 4, confirmed: 2, notConfirmed: 2, oldestCheck: '2026-09-15' },
    ]);
  });

  it('adds up the totals', () => {
    expect(guideReport(content.guides).totals).toEqual({ guides: 2, steps: 8, confirmed: 5, notConfirmed: 3, oldestCheck: '2026-01-10' });
    expect(guideReport([]).totals).toEqual({ guides: 0, steps: 0, confirmed: 0, notConfirmed: 0, oldestCheck: '' });
  });

  it('prints a table with a totals line', () => {
    const lines = formatReport(guideReport(content.guides)).split('\n');
    expect(lines[0]).toMatch(/^Guide +Steps +Confirmed +Not confirmed +Oldest check$/);
    expect(lines).toContainEqual(expect.stringMatching(/^Alpha Chat +4 +3 +1 +2026-01-10$/));
    expect(lines).toContainEqual(expect.stringMatching(/^Total \(2 guides\) +8 +5 +3 +2026-01-10$/));
    expect(lines.at(-1)).toBe('5 of 8 steps (63%) are confirmed on the official page.');
  });

  it('is what the sources page shows', () => {
    const data = toSourcesPageData(content.guides, content.datasets, content.helpRoutes);
    expect(data.guideChecks).toEqual(guideReport(content.guides).rows);
    expect(data.checking.verifiedSteps).toBe(guideReport(content.guides).totals.confirmed);
  });
});
