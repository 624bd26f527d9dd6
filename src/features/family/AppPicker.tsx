// Picking the apps, games and devices a child uses, from the guide list with its search. Each tick
// changes the plan at once, so there is no form to forget to save.
import { useState } from 'react';
import { useIsland, useIslandId } from '../../islands/context';
import { searchGuides } from '../search/search-guides';

export interface PickableGuide {
  id: string;
  name: string;
  aliases: string[];
  href: string;
}

interface Props {
  childName: string;
  guides: readonly PickableGuide[];
  picked: readonly string[];
  onChange: (apps: string[]) => void;
}

export function AppPicker({ childName, guides, picked, onChange }: Props) {
  const { t } = useIsland();
  const id = useIslandId('pick');
  const [query, setQuery] = useState('');
  // Open at first for an empty plan; after that the parent opens and closes it.
  const [open, setOpen] = useState(picked.length === 0);
  const shown = query.trim() === '' ? guides : searchGuides(guides, query);
  const chosen = new Set(picked);
  return (
    <details className="app-picker" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {t('family.pickTitle', { name: childName })} <span className="app-picker__count">({t('family.pickedCount', { count: picked.length })})</span>
      </summary>
      <p className="field__hint">{t('family.pickHint')}</p>
      <div className="field">
        <label htmlFor={`${id}-filter`}>{t('family.pickFilter')}</label>
        <input id={`${id}-filter`} type="search" autoComplete="off" value={query} onChange={(event) => setQuery(event.currentTarget.value)} />
      </div>
      {shown.length === 0 ? <p role="status">{t('family.pickNoMatch', { query })}</p> : null}
      <ul className="app-picker__list">
        {shown.map((guide) => (
          <li key={guide.id} className="app-picker__item">
            <input
              type="checkbox"
              id={`${id}-${guide.id}`}
              checked={chosen.has(guide.id)}
              onChange={(event) => onChange(event.currentTarget.checked ? [...picked, guide.id] : picked.filter((app) => app !== guide.id))}
            />
            <label htmlFor={`${id}-${guide.id}`}>{guide.name}</label>
          </li>
        ))}
      </ul>
    </details>
  );
}
