/** The host writes its per-launch token into the page it serves; no inline script is needed. */
export function injectToken(html: Buffer, metaName: string, token: string): Buffer {
  const meta = `<meta name="${metaName}" content="${token}">`;
  return Buffer.from(html.toString('utf8').replace('</head>', `${meta}</head>`), 'utf8');
}
