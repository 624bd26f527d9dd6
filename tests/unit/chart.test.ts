import { describe, expect, it } from 'vitest';
import type { Chart, Rate } from '../../src/content/schema/area';
import type { Dataset } from '../../src/content/schema/stats';
import { chartLayout, chartMax, chartRows, rateOf } from '../../src/features/stats/chart';

const dataset: Dataset = {
  id: 'd',
  title: 'D',
  offence: 'O',
  period: { from: '2018-04-01', label: '2018/19' },
  sources: [{ id: 's', publisher: 'NSPCC', title: 'T', published: '2019-09', basis: 'B' }],
  figures: [
    { id: 'method', geography: 'england-and-wales', label: 'with method', count: 2700, qualifier: 'exact', platforms: [], source: 's' },
    { id: 'facebook', geography: 'england-and-wales', label: 'Facebook', count: 549, percent: 20, of: 'method', qualifier: 'exact', platforms: [], source: 's' },
    { id: 'instagram', geography: 'england-and-wales', label: 'Instagram', count: 929, of: 'method', qualifier: 'exact', platforms: [], source: 's' },
    { id: 'whatsapp', geography: 'england-and-wales', label: 'WhatsApp', count: 112, of: 'method', qualifier: 'exact', platforms: [], source: 's' },
    { id: 'owned', geography: 'england-and-wales', label: 'owned', sumOf: ['facebook', 'instagram', 'whatsapp'], of: 'method', qualifier: 'exact', platforms: [], source: 's' },
    { id: 'words', geography: 'england-and-wales', label: 'w', words: 'almost half', baseLabel: 'of offences', qualifier: 'exact', platforms: [], source: 's' },
  ],
  caveats: [],
};
const population: Dataset = {
  ...dataset,
  id: 'p',
  figures: [{ id: 'under-16', geography: 'england-and-wales', label: 'children under 16', count: 11_197_231, qualifier: 'exact', platforms: [], source: 's' }],
};
const seed: Dataset = { ...dataset, id: 'seed', figures: [{ id: 'offences', geography: 'england-and-wales', label: 'offences', count: 1628, qualifier: 'exact', platforms: [], source: 's' }] };

const point = (figure: string, group?: string) => ({ label: '2018/19', group, value: { dataset: 'd', figure } });

describe('chartRows', () => {
  it('prefers a published percentage to our arithmetic', () => {
    const chart: Chart = { id: 'c', title: 't', takeaway: 'k', measure: 'share', points: [point('facebook'), point('instagram')] };
    const [facebook, instagram] = chartRows(chart, [dataset]);
    expect(facebook).toMatchObject({ value: 20, derived: false });
    expect(instagram).toMatchObject({ value: 34.4, derived: true });
  });

  it('adds up a group from published counts, marked as ours', () => {
    const share: Chart = { id: 'c', title: 't', takeaway: 'k', measure: 'share', points: [point('owned'), point('words')] };
    const [owned, words] = chartRows(share, [dataset]);
    expect(owned).toMatchObject({ value: 58.9, derived: true });
    expect(words?.value).toBeNull();
    const count: Chart = { ...share, measure: 'count', points: [point('owned'), point('method')] };
    expect(chartRows(count, [dataset]).map((row) => row.value)).toEqual([1590, 2700]);
  });

  it('scales shares to 100% and counts to the largest', () => {
    const chart: Chart = { id: 'c', title: 't', takeaway: 'k', measure: 'share', points: [point('facebook'), point('whatsapp')] };
    expect(chartMax(chartRows(chart, [dataset]), 'share')).toBe(100);
    expect(chartMax(chartRows({ ...chart, measure: 'count' }, [dataset]), 'count')).toBe(549);
  });
});

describe('rateOf', () => {
  it('works out offences per 100,000 children from the two stored counts', () => {
    const rate: Rate = { count: { dataset: 'seed', figure: 'offences' }, population: { dataset: 'p', figure: 'under-16' }, label: 'per 100,000' };
    expect(rateOf(rate, [seed, population])).toMatchObject({ rate: 14.5, count: 1628, population: 11_197_231 });
  });
});

describe('chartLayout', () => {
  it('stacks each label above its bars, leaving room for group names', () => {
    const chart: Chart = {
      id: 'c',
      title: 't',
      takeaway: 'k',
      measure: 'share',
      points: [point('facebook', 'Facebook'), point('instagram', 'Instagram'), { label: '2019/20', value: { dataset: 'd', figure: 'whatsapp' } }],
    };
    const layout = chartLayout(chartRows(chart, [dataset]));
    expect(layout.labels.map((l) => [l.label, l.top])).toEqual([
      ['2018/19', 0],
      ['2019/20', 130],
    ]);
    expect(layout.bars.map((b) => b.top)).toEqual([26, 78, 156]);
    expect(layout.height).toBe(186);
  });
});
