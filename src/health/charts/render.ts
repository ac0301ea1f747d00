/**
 * A Vega-Lite spec to SVG text, in Node and without a browser: `vega-lite`
 * compiles it to a Vega spec, and `vega`'s headless view draws it as SVG
 * markup. The two are large, so they load here on the first chart only
 * (dynamic import): a run that draws nothing, the keeper above all, never
 * loads them.
 *
 * The same spec gives the same bytes on any machine: text is measured from its
 * font size alone (never by node-canvas, which may or may not be installed, and
 * whose fonts differ between machines), the ids of the SVG's definitions count
 * from the start for every chart, and every date is read in UTC.
 */
import type { TopLevelSpec } from 'vega-lite';

type Libraries = readonly [typeof import('vega'), typeof import('vega-lite')];

/** vega-scenegraph's text measurer; not in vega's type declarations. */
interface TextMetrics {
  canvas(use: boolean): void;
}

let loading: Promise<Libraries> | undefined;

function libraries(): Promise<Libraries> {
  loading ??= Promise.all([import('vega'), import('vega-lite')]).then((loaded) => {
    const [vega] = loaded;
    (vega as unknown as { textMetrics: TextMetrics }).textMetrics.canvas(false);
    return loaded;
  });
  return loading;
}

export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const [vega, vegaLite] = await libraries();
  vega.resetSVGDefIds();
  const view = new vega.View(vega.parse(vegaLite.compile(spec).spec), { renderer: 'none' });
  try {
    return `${await view.toSVG()}\n`;
  } finally {
    view.finalize();
  }
}
