import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import snapchat from 'virtual:content/guide/snapchat';
import { Checklist } from '../../src/components/Checklist';
import { STORAGE_KEY } from '../../src/features/progress/store';
import { renderWithApp } from './render';

const steps = snapchat.guide.checklist;

describe('Checklist', () => {
  it('shows every step as a checkbox named by its title', () => {
    renderWithApp(<Checklist guideId="snapchat" steps={steps} />);
    for (const step of steps) expect(screen.getByRole('checkbox', { name: new RegExp(step.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })).toBeTruthy();
    expect(screen.getByText(`0 of ${steps.length} done`)).toBeTruthy();
  });

  it('ticks a step, counts it and saves it on the device', () => {
    window.localStorage.clear();
    renderWithApp(<Checklist guideId="snapchat" steps={steps} />);
    const first = screen.getAllByRole('checkbox')[0] as HTMLInputElement;
    act(() => {
      fireEvent.click(first);
    });
    expect(first.checked).toBe(true);
    expect(screen.getByText(`1 of ${steps.length} done`)).toBeTruthy();
    const saved = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '{}');
    expect(saved.profiles[0].ticks.snapchat[steps[0]!.id]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('marks unverified steps in words', () => {
    renderWithApp(<Checklist guideId="snapchat" steps={steps} />);
    const unverified = steps.filter((step) => step.status === 'unverified').length;
    expect(screen.queryAllByText('Not yet confirmed').length).toBeGreaterThanOrEqual(unverified);
  });

  it('links every step to the page it was checked against', () => {
    renderWithApp(<Checklist guideId="snapchat" steps={steps} />);
    for (const step of steps) {
      const links = screen.getAllByRole('link').filter((link) => link.getAttribute('href') === step.source.url);
      expect(links.length, step.id).toBeGreaterThan(0);
      expect(links[0]?.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });
});
