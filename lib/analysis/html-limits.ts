import { Parser } from 'htmlparser2';

/**
 * How much HTML structure the engine reads. Reducing a page to text costs time with its number of
 * elements and stack with its nesting (Readability walks the tree recursively in places), so pages
 * past these limits are refused with a message rather than left to freeze or overflow a worker. Real
 * news pages have a few thousand elements nested a few dozen deep; the limits leave room for an
 * article of 86,000 one-line paragraphs (2 MB) while keeping the worst page inside them to seconds.
 */
export const MAX_HTML_ELEMENTS = 120_000;
export const MAX_HTML_DEPTH = 1_000;

export interface HtmlShape {
  /** Elements (start tags) in the document. */
  elements: number;
  /** The deepest nesting of elements, as the DOM parser builds it. */
  depth: number;
  /** The sum of every element's depth squared: how much nesting multiplies Readability's work (see ingest.ts). */
  nestingLoad: number;
}

/**
 * Counts the elements of an HTML document and how deep they nest, in one pass and without building
 * it. It uses the parser (htmlparser2) that builds linkedom's DOM in ingest.ts, so the depth is the
 * DOM's: `<p>a<p>b` is two siblings, an unclosed `<b>` nests what follows.
 */
export function measureHtml(html: string): HtmlShape {
  let depth = 0;
  const shape: HtmlShape = { elements: 0, depth: 0, nestingLoad: 0 };
  const parser = new Parser(
    {
      onopentag() {
        shape.elements++;
        depth++;
        if (depth > shape.depth) shape.depth = depth;
        shape.nestingLoad += depth * depth;
      },
      onclosetag() {
        depth--;
      },
    },
    // linkedom's options, except that entities stay undecoded: they never change the structure, and
    // decoding them is most of the parser's time.
    { lowerCaseAttributeNames: false, decodeEntities: false, xmlMode: false },
  );
  parser.write(html);
  parser.end();
  return shape;
}

/**
 * What is wrong with an HTML article's structure, as the end of a sentence ("has 130,000 HTML
 * elements; …"), or null when the engine reads it.
 */
export function htmlLimitProblem(html: string | HtmlShape): string | null {
  const { elements, depth } = typeof html === 'string' ? measureHtml(html) : html;
  const number = (value: number) => value.toLocaleString('en');
  if (elements > MAX_HTML_ELEMENTS) {
    return `has ${number(elements)} HTML elements; at most ${number(MAX_HTML_ELEMENTS)} can be read — paste the article's text instead`;
  }
  if (depth > MAX_HTML_DEPTH) {
    return `nests HTML elements ${number(depth)} deep; at most ${number(MAX_HTML_DEPTH)} levels can be read — paste the article's text instead`;
  }
  return null;
}

/**
 * Thrown by the engine for HTML past the limits above, naming the article when it knows which. The
 * boundaries (the API, the analyze CLI) refuse such articles before they reach the engine; this
 * covers callers that do not.
 */
export class HtmlLimitError extends Error {
  override readonly name = 'HtmlLimitError';
  constructor(
    readonly problem: string,
    readonly article?: { id: string; outlet: string | null },
  ) {
    super(`${article ? `Article ${article.id}${article.outlet ? ` (${article.outlet})` : ''}` : 'The page'} ${problem}.`);
  }
}
