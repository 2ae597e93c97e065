/** The bundled font the charts are set and rendered in (DejaVu Sans from the dejavu-fonts-ttf npm package, never the system's). */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The font every chart is set and rendered in; the SVGs name it in font-family. */
export const fontFamily = 'DejaVu Sans';

/** The TTF files resvg loads: regular and bold, which is all the charts use. */
export function fontFiles(): string[] {
  const dir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  return ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => join(dir, f));
}
