/**
 * Reading a chart's SVG as a browser would lay it out: its marks, its axis
 * labels with where they sit, and what it references outside itself.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { elementsIn, textOf } from '../../sim/markdown.js';

export interface Label {
  /** Its lines (a multi-line label is several tspans). */
  readonly lines: string[];
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
  readonly fontSize: number;
}

export function parseSvg(text: string): Element {
  const tree = fromHtml(text, { fragment: true });
  const svg = tree.children.find(
    (node): node is Element => node.type === 'element' && node.tagName === 'svg',
  );
  if (!svg) throw new Error('no <svg> element');
  return svg;
}

/** Every element below `node` that `test` accepts, in document order. */
export function elements(node: Root | Element, test: (element: Element) => boolean): Element[] {
  return elementsIn(node).filter(test);
}

export function hasClass(element: Element, ...names: string[]): boolean {
  const classes = (element.properties.className as string[] | undefined) ?? [];
  return names.every((name) => classes.includes(name));
}

/** The paths of the mark group `layer` of `kind` (`rect`, `symbol`, `line`…), in data order. */
export function markPaths(svg: Element, kind: string, layer?: string): Element[] {
  const groups = elements(
    svg,
    (element) =>
      element.tagName === 'g' &&
      hasClass(element, `mark-${kind}`, 'role-mark') &&
      (layer === undefined || hasClass(element, layer)),
  );
  return groups.flatMap((group) => elements(group, (element) => element.tagName === 'path'));
}

/** `M x,y…`: where a path starts. */
export function pathStart(path: Element): { x: number; y: number } {
  const match = /^M(-?[\d.e-]+),(-?[\d.e-]+)/.exec(String(path.properties.d));
  if (!match) throw new Error(`a path that does not start with M: ${path.properties.d}`);
  return { x: Number(match[1]), y: Number(match[2]) };
}

/** A rectangle as vega writes it, `Mx,yhWvHh-WZ`: its box. */
export function rectBox(path: Element): { x: number; y: number; width: number; height: number } {
  const match = /^M(-?[\d.e-]+),(-?[\d.e-]+)h(-?[\d.e-]+)v(-?[\d.e-]+)h/.exec(
    String(path.properties.d),
  );
  if (!match) throw new Error(`not a rectangle: ${path.properties.d}`);
  const [x, y, width, height] = match.slice(1).map(Number) as [number, number, number, number];
  return { x, y, width, height };
}

/** The labels of each axis (an empty one left out), axis by axis, as placed within it. */
export function axisLabels(svg: Element): Label[][] {
  return elements(svg, (element) => hasClass(element, 'role-axis-label')).map((group) =>
    elements(group, (element) => element.tagName === 'text')
      .map(labelOf)
      .filter((label) => label.lines.some((line) => line !== '')),
  );
}

/** The axis whose labels run across (x) or down (y); only one of each is expected. */
export function axis(svg: Element, direction: 'x' | 'y'): Label[] {
  const axes = axisLabels(svg).filter((labels) => {
    if (labels.length < 2) return false;
    const across = new Set(labels.map((label) => label.y)).size === 1;
    return direction === 'x' ? across : !across;
  });
  if (axes.length !== 1) throw new Error(`expected one ${direction} axis, found ${axes.length}`);
  return axes[0] ?? [];
}

function labelOf(text: Element): Label {
  const match = /translate\((-?[\d.e-]+),(-?[\d.e-]+)\)/.exec(String(text.properties.transform));
  const tspans = elements(text, (element) => element.tagName === 'tspan');
  const lines = (tspans.length > 0 ? tspans : [text]).map(textOf);
  return {
    lines,
    x: Number(match?.[1]),
    y: Number(match?.[2]),
    anchor: (text.properties.textAnchor as Label['anchor'] | undefined) ?? 'start',
    fontSize: Number.parseFloat(String(text.properties.fontSize)),
  };
}

/**
 * Where a label reaches across: its width generously estimated (0.6 em a
 * character; sans-serif digits and letters average about 0.55) from its
 * longest line, placed by its anchor.
 */
export function extent(label: Label): { left: number; right: number } {
  const width = 0.6 * label.fontSize * Math.max(...label.lines.map((line) => line.length));
  const left =
    label.anchor === 'start'
      ? label.x
      : label.anchor === 'end'
        ? label.x - width
        : label.x - width / 2;
  return { left, right: left + width };
}

/** WCAG contrast between two `#rrggbb` colours. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * What in a chart would run or reach outside it: a script, an event handler,
 * a link, an embedded document or image, a style import, a url() that is not
 * a reference inside the file, any address but the namespaces' names. Empty
 * when the chart is self-contained.
 */
export function outsideReferences(text: string): string[] {
  const withoutNamespaces = text.replace(/\sxmlns(?::\w+)?="[^"]*"/g, '');
  const patterns = [
    /<script/gi,
    /\son\w+\s*=/gi,
    /href\s*=/gi,
    /<foreignObject/gi,
    /<image/gi,
    /<iframe/gi,
    /@import/gi,
    /@font-face/gi,
    /url\(\s*['"]?(?!#)/gi,
    /\b(?:https?|ftp|data|javascript):/gi,
  ];
  return patterns.flatMap((pattern) => withoutNamespaces.match(pattern) ?? []);
}
