import { describe, expect, it } from 'vitest';
import { datedItems, dueItems, formatDue, undatedFigures } from '../../src/content/editorial/due';
import { formatIssue } from '../../src/content/issues';
import { loadFixture, TODAY } from './editorial-fixture';

const { content, issues } = loadFixture();

describe('content:due', () => {
  it('runs on a valid fixture', () => {
    expect(issues.map(formatIssue)).toEqual([]);
  });

  it('lists every step, guide, help route and figure checked longer ago than its interval, oldest first', () => {
    const due = dueItems(content, { today: TODAY });
    expect(due.map((item) => [item.checked, item.kind, item.id])).toEqual([
      ['2025-12-01', 'figure', 'tiny-dataset/online'],
      ['2025-12-01', 'figure', 'tiny-dataset/total'],
      ['2026-01-10', 'step', 'alpha-chat/make-account-private'],
      ['2026-02-15', 'guide', 'alpha-chat'],
      ['2026-04-01', 'help-route', 'ceop'],
      ['2026-05-20', 'step', 'alpha-chat/turn-off-comments'],
    ]);
  });

  it('gives each one its file and the page to check it against', () => {
    const due = dueItems(content, { today: TODAY });
    expect(due.find((item) => item.id === 'alpha-chat/make-account-private')).toMatchObject({
      file: 'content/apps/alpha-chat.yaml',
      label: 'Make the account private',
      url: 'https://help.alpha.example.com/private',
      reviewEvery: 6,
    });
    expect(due.find((item) => item.id === 'ceop')).toMatchObject({ file: 'content/help/routes.yaml', url: 'https://ceop.example.net/about' });
    expect(due.find((item) => item.kind === 'guide')).toMatchObject({ url: 'https://help.alpha.example.com/' });
    expect(due.find((item) => item.kind === 'figure')).toMatchObject({ file: 'content/stats/tiny-dataset.yaml', url: 'https://stats.example.net/report' });
  });

  it('counts exactly six months: due the day after', () => {
    // alpha-chat/turn-off-comments was checked on 2026-05-20.
    const ids = (today: string) => dueItems(content, { today }).map((item) => item.id);
    expect(ids('2026-11-20')).not.toContain('alpha-chat/turn-off-comments');
    expect(ids('2026-11-21')).toContain('alpha-chat/turn-off-comments');
  });

  it('follows a source’s own reviewEvery', () => {
    // Checked 2026-03-01 with reviewEvery: 12, so not due until March 2027.
    expect(dueItems(content, { today: TODAY }).map((item) => item.id)).not.toContain('alpha-chat/hide-location');
    expect(dueItems(content, { today: '2027-03-02' }).find((item) => item.id === 'alpha-chat/hide-location')).toMatchObject({ reviewEvery: 12 });
  });

  it('takes another default interval', () => {
    expect(dueItems(content, { today: TODAY, months: 12 }).map((item) => item.id)).toEqual(['tiny-dataset/online', 'tiny-dataset/total']);
  });

  it('leaves out figures whose source has no checked date, and counts them', () => {
    expect(datedItems(content).map((item) => item.id)).not.toContain('tiny-dataset/press-total');
    expect(undatedFigures(content.datasets)).toBe(1);
  });

  it('prints each item with its address, and says when nothing is due', () => {
    const text = formatDue(dueItems(content, { today: TODAY }), TODAY);
    expect(text.split('\n')[0]).toMatch(/^2025-12-01 {2}figure +tiny-dataset\/online +"offences recorded online" \(every 6 months; content\/stats\/tiny-dataset\.yaml\)$/);
    expect(text).toContain('https://help.alpha.example.com/private');
    expect(text).toMatch(/6 due for a check as of 2026-12-02, oldest first\.$/);
    expect(formatDue([], TODAY)).toMatch(/^Nothing is due/);
  });
});
