/**
 * HTML to the text a reader sees, for screening saved pages and pasted HTML. Inline markup joins
 * without a gap ("<b>Top Glove</b> Corp." stays one name); block elements and line breaks end a line,
 * so table cells and list items never run together. Script, style and template content is dropped.
 */
import { Parser } from 'htmlparser2';

const BLOCK = new Set(
  ('address article aside blockquote br dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 ' +
    'h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul option caption').split(' '),
);
const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'head']);

export function htmlToText(html: string): string {
  const parts: string[] = [];
  let hidden = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (HIDDEN.has(name)) hidden++;
        else if (BLOCK.has(name)) parts.push('\n');
      },
      onclosetag(name) {
        if (HIDDEN.has(name)) hidden = Math.max(0, hidden - 1);
        else if (BLOCK.has(name)) parts.push(name === 'td' || name === 'th' ? '\t' : '\n');
      },
      ontext(text) {
        if (hidden === 0) parts.push(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return parts.join('').replace(/[ \t]*\n[ \t\n]*/g, '\n').replace(/^\n+|\n+$/g, '');
}
