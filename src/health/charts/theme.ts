/**
 * How every chart looks, in one place. GitHub shows an SVG as an image on its
 * own page colour, #ffffff in the light theme and #0d1117 in the dark one, and
 * the image cannot tell which: so nothing relies on either. The background is
 * the page's; text is a grey that reads on both (about 4.3:1 on each); a scale
 * is one hue at rising opacity, pale on white and dim on black, the way both of
 * GitHub's own contribution palettes run; "no data" is a faint grey on both.
 * The fonts are the system's (GitHub's own stack): no web font, nothing fetched.
 */
import type { Config, TopLevelSpec } from 'vega-lite';

/** Text and axes: luminance about 0.19, between white's 1 and #0d1117's 0.006. */
export const INK = '#737b86';
/** A cell or a day without data. */
export const NO_DATA = { color: INK, opacity: 0.22 } as const;

/** Each chart's hue: saturated enough to read on both page colours. */
export const HUE = {
  steps: '#2ea043',
  sleep: '#6e76f0',
  heart: '#e5534b',
  variability: '#c98a1a',
  weight: '#1f9ecf',
} as const;

/** The opacity of each step of a scale, lowest first. */
export const RAMP = [0.3, 0.48, 0.66, 0.83, 1] as const;

const FONT =
  '-apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif';

/**
 * Sizes in the SVG's own units. A chart is about 620 wide, and a phone (a
 * column about 358 px wide at 390) shrinks it to 0.58: text this large is
 * still 9 px there, and no larger than the page's own text on a desktop.
 */
export const SIZE = {
  /** The plot of a chart with a time axis; its labels and padding add about 60. */
  plot: 560,
  label: 16,
  title: 20,
} as const;

const CONFIG: Config = {
  // Transparent: the page's own colour shows through, in either theme.
  background: null as unknown as string,
  font: FONT,
  // The README's alt text says what a chart shows; a label per mark would only add bytes.
  aria: false,
  padding: 8,
  view: { stroke: null },
  title: {
    anchor: 'start',
    color: INK,
    fontSize: SIZE.title,
    fontWeight: 600,
    subtitleColor: INK,
    subtitleFontSize: SIZE.label,
    subtitlePadding: 4,
    offset: 12,
  },
  axis: {
    labelColor: INK,
    labelFontSize: SIZE.label,
    titleColor: INK,
    titleFontSize: SIZE.label,
    titleFontWeight: 'normal',
    domain: false,
    ticks: false,
    labelPadding: 6,
    gridColor: INK,
    gridOpacity: 0.3,
  },
  legend: {
    labelColor: INK,
    labelFontSize: SIZE.label,
    titleColor: INK,
    titleFontSize: SIZE.label,
    titleFontWeight: 'normal',
    symbolStrokeWidth: 0,
  },
};

/** What every chart's spec begins with: the schema, the look above, its title and subtitle. */
export function framed(title: string, subtitle: string | string[]) {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config: CONFIG,
    title: { text: title, subtitle },
  } satisfies Partial<TopLevelSpec>;
}
