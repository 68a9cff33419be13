/**
 * A job summary's markdown as GitHub shows it: GitHub-flavoured markdown (tables, fenced code,
 * raw <details>) rendered by marked, inside a page whose few CSS rules imitate GitHub's
 * markdown-body. Pure: markdown in, HTML out.
 */
import { Marked } from 'marked';

/** GitHub's job summary column is about this wide on a desktop screen. */
export const PAGE_WIDTH_PX = 1012;
/**
 * GitHub scrolls a table wider than the column sideways, which a picture cannot: the page
 * grows to fit its widest table, up to this, before long values wrap.
 */
export const MAX_PAGE_WIDTH_PX = 1440;

const STYLE = `
  :root { color-scheme: light; }
  body { margin: 0; background: #ffffff; }
  .markdown-body {
    box-sizing: border-box; width: max-content; min-width: ${PAGE_WIDTH_PX}px;
    max-width: ${MAX_PAGE_WIDTH_PX}px; padding: 16px 24px 24px;
    font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", "Liberation Sans", "DejaVu Sans", sans-serif,
      "Noto Color Emoji";
    color: #1f2328; word-wrap: break-word;
  }
  .markdown-body > :first-child { margin-top: 0; }
  h1, h2, h3, h4 { margin: 24px 0 16px; font-weight: 600; line-height: 1.25; }
  h2 { font-size: 1.5em; padding-bottom: .3em; border-bottom: 1px solid #d1d9e0b3; }
  h3 { font-size: 1.25em; }
  h4 { font-size: 1em; }
  p, ul, table, pre, details, blockquote { margin: 0 0 16px; }
  ul { padding-left: 2em; }
  ul ul { margin: 0; }
  a { color: #0969da; text-decoration: none; }
  code, pre {
    font-family: ui-monospace, SFMono-Regular, "DejaVu Sans Mono", "Liberation Mono", monospace,
      "Noto Color Emoji";
    font-size: 85%;
  }
  code { padding: .2em .4em; background: #818b981f; border-radius: 6px; }
  pre { padding: 16px; overflow: auto; line-height: 1.45; background: #f6f8fa; border-radius: 6px; }
  pre code { padding: 0; background: transparent; font-size: 100%; }
  table { border-spacing: 0; border-collapse: collapse; display: block; width: max-content;
    max-width: 100%; overflow: auto; }
  th { font-weight: 600; text-align: left; }
  th, td { padding: 6px 13px; border: 1px solid #d1d9e0; }
  tr { background: #ffffff; border-top: 1px solid #d1d9e0b3; }
  tr:nth-child(2n) { background: #f6f8fa; }
  td code { overflow-wrap: anywhere; }
  details summary { cursor: pointer; }
  blockquote { padding: 0 1em; color: #59636e; border-left: .25em solid #d1d9e0; }
`;

/** The summary's HTML alone, as GitHub would render the markdown. */
export function renderSummaryHtml(markdown: string): string {
  // A fresh instance: marked's global options are shared by every importer.
  return new Marked({ gfm: true, breaks: false, async: false }).parse(markdown) as string;
}

/** A complete page around the rendered summary, for the browser to draw. */
export function summaryPage(markdown: string, title: string): string {
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head><body>',
    `<article class="markdown-body">${renderSummaryHtml(markdown)}</article>`,
    '</body></html>',
  ].join('\n');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
}
