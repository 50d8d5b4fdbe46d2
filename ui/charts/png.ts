// Saves a chart canvas as a PNG with its title on a white background (DOM only, page side).

/** Downloads `canvas` with `title` above it as `fileName`. */
export function downloadCanvasPng(canvas: HTMLCanvasElement, title: string, fileName: string): void {
  const pad = 12;
  const titleHeight = 28;
  const out = document.createElement('canvas');
  out.width = canvas.width + pad * 2;
  out.height = canvas.height + titleHeight + pad * 2;
  const ctx = out.getContext('2d');
  if (!ctx) return;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.fillStyle = '#111';
  ctx.font = '600 16px system-ui, sans-serif';
  ctx.fillText(title, pad, pad + 16);
  ctx.drawImage(canvas, pad, pad + titleHeight);
  out.toBlob((blob) => {
    if (!blob) return;
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }, 'image/png');
}
