/** A QR code drawn from its modules (src/features/share/qr.ts): black on white, with a quiet zone, as an image with a name. */
export function QrCode({ modules, label, className }: { modules: readonly (readonly boolean[])[]; label: string; className?: string }) {
  const quiet = 4;
  const size = modules.length + quiet * 2;
  let d = '';
  modules.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) d += `M${x + quiet} ${y + quiet}h1v1h-1z`;
    }),
  );
  return (
    <svg className={className} role="img" aria-label={label} viewBox={`0 0 ${size} ${size}`} shapeRendering="crispEdges" xmlns="http://www.w3.org/2000/svg">
      <rect width={size} height={size} fill="#ffffff" />
      <path d={d} fill="#000000" />
    </svg>
  );
}
