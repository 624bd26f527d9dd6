import { useEffect, useState } from 'react';
import { ensurePersisted, type PersistState } from './persist';

/** Once the parent has a plan, asks the browser to keep the data; "asking" until it answers, null before there is a plan. */
export function usePersisted(hasPlan: boolean): PersistState | 'asking' | null {
  const [answer, setAnswer] = useState<PersistState | null>(null);
  useEffect(() => {
    if (!hasPlan) return;
    let current = true;
    void ensurePersisted().then((state) => current && setAnswer(state));
    return () => {
      current = false;
    };
  }, [hasPlan]);
  return answer ?? (hasPlan ? 'asking' : null);
}
