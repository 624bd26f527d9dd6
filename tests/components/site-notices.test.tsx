// The notices every page carries, prerendered hidden: their links must work under a sub-path too.
import { screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { SiteNotices } from '../../src/app/SiteNotices';
import { renderWithApp } from './render';

test('"What is saved" in the offline notice points at the guide list under the site\'s sub-path', () => {
  renderWithApp(<SiteNotices />, { basename: '/safe-online' });
  const link = screen.getByRole('link', { name: 'What is saved', hidden: true });
  expect(link.getAttribute('href')).toBe('/safe-online/apps#save-guides-title');
});
