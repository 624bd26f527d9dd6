import type { ReactNode } from 'react';
import { Layout } from './Layout';

/** The whole page as the build renders it: the frame around one page's content. */
export function App({ children }: { children: ReactNode }) {
  return <Layout>{children}</Layout>;
}
