/**
 * Markdown as GitHub shows it in a job summary, an issue or a comment: GitHub
 * Flavored Markdown with raw HTML (micromark with its GFM extension), then
 * sanitised the way github.com sanitises it (hast-util-sanitize's default
 * schema, which follows GitHub's). What survives is what a person sees.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { sanitize } from 'hast-util-sanitize';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

export type { Element, Root };

export function renderAsGitHub(markdown: string): Root {
  const html = micromark(markdown, {
    allowDangerousHtml: true,
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()],
  });
  return sanitize(fromHtml(html, { fragment: true })) as Root;
}

/** Every element below `node`, in document order. */
export function elementsIn(node: Root | Element): Element[] {
  const found: Element[] = [];
  const visit = (child: RootContent | ElementContent) => {
    if (child.type !== 'element') return;
    found.push(child);
    for (const grandchild of child.children) visit(grandchild);
  };
  for (const child of node.children) visit(child);
  return found;
}

/** The text a reader sees in `node`. */
export function textOf(node: Root | Element | RootContent | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' || node.type === 'root') {
    return node.children.map((child) => textOf(child)).join('');
  }
  return '';
}

/** The address of each link below `node`, as the reader's tap would follow it. */
export function linksIn(node: Root | Element): string[] {
  return elementsIn(node)
    .filter((element) => element.tagName === 'a')
    .map((element) => String(element.properties.href ?? ''));
}
