import { useMemo } from 'react';
import { encode } from 'uqr';

/** The share link as text and as a QR code drawn locally (SVG squares, no network, no HTML from the URL). */
export function PrintLink({ url }: { readonly url: string }) {
  // Encoded once per link, not on every render; a fixed mask pattern, since choosing the
  // best of eight costs more than it gives for a printed link.
  const { size, path } = useMemo(() => {
    const qr = encode(url, { ecc: 'L', border: 2, maskPattern: 0 });
    const squares: string[] = [];
    qr.data.forEach((row, y) => {
      row.forEach((dark, x) => {
        if (dark) squares.push(`M${x} ${y}h1v1h-1z`);
      });
    });
    return { size: qr.size, path: squares.join('') };
  }, [url]);
  return (
    <aside className="print-link" aria-label="Link to this result">
      <svg className="qr" viewBox={`0 0 ${size} ${size}`} role="img" aria-label="QR code of the link to this result" shapeRendering="crispEdges">
        <rect width={size} height={size} fill="#fff" />
        <path d={path} fill="#000" />
      </svg>
      <p>
        Live result, with every answer and weight: <span className="print-url">{url}</span>
      </p>
    </aside>
  );
}
