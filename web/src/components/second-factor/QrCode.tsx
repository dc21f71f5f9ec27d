import { toCanvas } from 'qrcode';
import { useEffect, useRef } from 'react';

interface QrCodeProps {
  text: string;
  /** What the picture is for, for people who cannot see it. */
  label: string;
}

/**
 * `text` as a QR code drawn on a canvas: no image URL and no inline markup, so it works under a
 * Content-Security-Policy without `data:` images. Black on white with the standard quiet zone,
 * which phone cameras read best.
 */
export function QrCode({ text, label }: QrCodeProps) {
  const ref = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const canvas = ref.current;
    if (canvas === null) return;
    toCanvas(canvas, text, {
      errorCorrectionLevel: 'M',
      margin: 4,
      width: 200,
      color: { dark: '#000000ff', light: '#ffffffff' },
    }).catch(() => {
      // The setup key beside the code still works; an empty canvas is the only loss.
    });
  }, [text]);

  return <canvas className="cg-qr" ref={ref} role="img" aria-label={label} width={200} height={200} />;
}
