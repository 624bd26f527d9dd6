import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChecklistStep } from '../../src/components/ChecklistStep';
import { HelpRouteCard } from '../../src/components/HelpRouteCard';
import { mailtoHref, ReportProblemLink } from '../../src/components/ReportProblemLink';
import type { Step } from '../../src/content/schema/guide';
import type { HelpRoute } from '../../src/content/schema/help';
import { renderWithApp } from './render';

// Made-up content, so editorial changes to the live guides never break this test.
const step: Step = {
  id: 'turn-on-ghost-mode',
  title: 'Turn on Ghost Mode',
  why: 'Friends cannot see where your child is.',
  paths: [{ platforms: ['ios'], menu: ['Settings', 'Map'], choose: 'Ghost Mode' }],
  status: 'verified',
  source: { url: 'https://help.example.com/ghost', title: 'Ghost Mode', checked: '2026-11-28' },
};
const route: HelpRoute = {
  id: 'test-helpline',
  name: 'Test Helpline',
  runBy: 'A charity',
  scope: 'national',
  urgency: 'advice',
  otherPhones: [],
  url: 'https://helpline.example.net/',
  whoFor: 'Parents',
  for: ['Advice'],
  notFor: [],
  source: { url: 'https://helpline.example.net/about', title: 'About', checked: '2026-11-28' },
};

const reportLink = () => screen.queryByRole('link', { name: /^Something wrong here\?/ });

function mail(): { to: string; subject: string; body: string } {
  const href = reportLink()?.getAttribute('href') ?? '';
  const url = new URL(href);
  expect(url.protocol).toBe('mailto:');
  return { to: url.pathname, subject: url.searchParams.get('subject') ?? '', body: url.searchParams.get('body') ?? '' };
}

afterEach(() => vi.unstubAllEnvs());

describe('ReportProblemLink', () => {
  it('opens an email to the configured address about the guide and step, with the content version and an empty message', () => {
    vi.stubEnv('FEEDBACK_EMAIL', 'corrections@example.org');
    vi.stubEnv('BUILD_DATE', '2026-12-02');
    renderWithApp(<ReportProblemLink about={{ guideId: 'snapchat', stepId: 'turn-on-ghost-mode', title: 'Turn on Ghost Mode' }} />);
    const { to, subject, body } = mail();
    expect(to).toBe('corrections@example.org');
    expect(subject).toBe('Safe Online: something wrong in the snapchat guide, step turn-on-ghost-mode');
    expect(body).toBe('Guide: snapchat\nStep: turn-on-ghost-mode\nContent version: 2026-12-02\n\nWhat is wrong:\n\n');
  });

  it('encodes the subject and body, so no text can add to the address', () => {
    expect(mailtoHref('a@example.org', 'A & B?', 'x=1&cc=evil@example.com\n')).toBe('mailto:a@example.org?subject=A%20%26%20B%3F&body=x%3D1%26cc%3Devil%40example.com%0A');
  });

  it('says what it is about and that nothing is sent without pressing send', () => {
    vi.stubEnv('FEEDBACK_EMAIL', 'corrections@example.org');
    renderWithApp(<ReportProblemLink about={{ routeId: 'ceop', title: 'CEOP' }} />);
    expect(reportLink()?.textContent).toMatch(/Email us about “CEOP”\. This opens your own email app; nothing is sent until you press send\./);
    expect(reportLink()?.className).toBe('report-problem__link');
  });

  it('is not shown when no address is configured', () => {
    vi.stubEnv('FEEDBACK_EMAIL', '');
    renderWithApp(<ReportProblemLink about={{ routeId: 'ceop', title: 'CEOP' }} />);
    expect(reportLink()).toBeNull();
  });

  it('is on every checklist step', () => {
    vi.stubEnv('FEEDBACK_EMAIL', 'corrections@example.org');
    renderWithApp(
      <ol>
        <ChecklistStep guideId="snapchat" step={step} number={1} />
      </ol>,
    );
    expect(mail().body).toMatch(/^Guide: snapchat\nStep: turn-on-ghost-mode\n/);
  });

  it('is on every help route', () => {
    vi.stubEnv('FEEDBACK_EMAIL', 'corrections@example.org');
    renderWithApp(<HelpRouteCard route={route} />);
    const { subject, body } = mail();
    expect(subject).toBe('Safe Online: something wrong in the help route test-helpline');
    expect(body).toMatch(/^Help route: test-helpline\nContent version: /);
  });

  it('is on neither without an address', () => {
    vi.stubEnv('FEEDBACK_EMAIL', '');
    renderWithApp(
      <>
        <ol>
          <ChecklistStep guideId="snapchat" step={step} number={1} />
        </ol>
        <HelpRouteCard route={route} />
      </>,
    );
    expect(reportLink()).toBeNull();
  });
});
