import { Fragment, useState } from 'react';
import { flushSync } from 'react-dom';
import { loadOnce } from '../../../components/load-once.ts';
import { useOnPrint } from '../../../components/print.ts';

type Encode = typeof import('uqr').encode;
/** Set once the encoder has loaded: a page shown again draws its code at once. */
let loaded: Encode | null = null;
/** The QR encoder, loaded when a print is on its way (the Print button, Ctrl+P or ⌘P), never for reading the page. */
const loadUqr = loadOnce(() => import(/* on-request */ 'uqr'));
export const loadQrEncoder = async (): Promise<Encode> => (loaded = (await loadUqr()).encode);

/** The link's QR code as one SVG path of squares: a fixed mask pattern, since choosing the best of eight costs more than it gives on paper. */
function qrPath(encode: Encode, url: string) {
  const qr = encode(url, { ecc: 'L', border: 2, maskPattern: 0 });
  const squares: string[] = [];
  qr.data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) squares.push(`M${x} ${y}h1v1h-1z`);
    });
  });
  return { size: qr.size, path: squares.join('') };
}

/**
 * The share link on paper: as text, and as a QR code drawn locally (SVG squares, no network, no
 * HTML from the URL) once the encoder has loaded, which printing asks for first. A print from
 * the browser's menu before that has the link as text.
 */
export function PrintLink({ url, today }: { readonly url: string; readonly today: string }) {
  const [encode, setEncode] = useState<Encode | null>(() => loaded);
  useOnPrint(async () => {
    const e = await loadQrEncoder();
    flushSync(() => { setEncode(() => e); });
  }, encode === null);
  const qr = encode ? qrPath(encode, url) : null;
  return (
    <aside className="print-link" aria-label="Link to this result">
      {qr && (
        <svg className="qr" viewBox={`0 0 ${qr.size} ${qr.size}`} role="img" aria-label="QR code of the link to this result" shapeRendering="crispEdges">
          <rect width={qr.size} height={qr.size} fill="#fff" />
          <path d={qr.path} fill="#000" />
        </svg>
      )}
      <p>
        Printed on {new Date(`${today}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })}. Live result, with every answer and weight:{' '}
        <span className="print-url">
          {/* On paper the link breaks before an answer, never inside a word. */}
          {url.split('&').map((part, i) => (
            <Fragment key={part}>
              {i > 0 && (
                <>
                  <wbr />&amp;
                </>
              )}
              {part}
            </Fragment>
          ))}
        </span>
      </p>
    </aside>
  );
}
