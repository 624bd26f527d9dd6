import type { Dataset } from '../../content/schema/stats';

/** A dataset's caveats under a heading: what its figures can and cannot tell a reader. */
export function DatasetCaveats({ dataset, heading }: { dataset: Dataset; heading: string }) {
  if (dataset.caveats.length === 0) return null;
  return (
    <>
      <h4>{heading}</h4>
      <ul className="caveats">
        {dataset.caveats.map((caveat) => (
          <li key={caveat}>{caveat}</li>
        ))}
      </ul>
    </>
  );
}
