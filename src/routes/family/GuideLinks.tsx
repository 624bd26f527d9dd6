import { Link } from 'react-router';
import type { GuideSummary } from '../../content/views';
import { href } from '../../routing/href';

/** Every guide as a plain link: what the family pages offer a reader with script turned off. */
export function GuideLinks({ guides, label }: { guides: readonly GuideSummary[]; label: string }) {
  return (
    <nav aria-label={label}>
      <ul className="guide-links">
        {guides.map((guide) => (
          <li key={guide.id}>
            <Link to={href('guide', { id: guide.id })}>{guide.name}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
