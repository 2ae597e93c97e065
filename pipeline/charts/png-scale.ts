/**
 * PNGs are rendered at this multiple of the SVG size (for slides). A module of its own so that the chart images stage,
 * which needs it, does not load Vega with the theme (≈ 0.25 s of its start-up).
 */
export const pngScale = 2;
