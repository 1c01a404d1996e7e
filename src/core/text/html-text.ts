/**
 * HTML to the text a reader sees, for screening saved pages and pasted HTML, by the same rules as
 * the content script. Inline markup joins without a gap ("<b>Top Glove</b> Corp." stays one name,
 * and so does a word split by `<wbr>`); block elements, line breaks, images, buttons, form controls
 * and embedded objects end a line, so table cells, address lines and icons never run into a name.
 * Script, style and template content is dropped, and so is what embedded objects, canvases and
 * SVG hold. Button labels, `<pre>` and `<code>` are read. Form controls show their text on a line
 * of their own: a read-only or disabled text field's value (never a password or hidden input's),
 * a textarea's text, a button input's label, and the selected option of a select (the first one
 * the browser would show when none is marked). Attribute text comes through as written (entities
 * decoded), so marker characters a caller put in a `value` survive. A footnote mark in `<sup>` or
 * `<sub>` reads as a space (`isFootnoteMark`).
 */
import { Parser } from 'htmlparser2';
import { isFootnoteMark, isRaised } from './footnote';

const BLOCK = new Set(
  ('address article aside blockquote br button dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 ' +
    'h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul caption ' +
    'img input textarea select video audio canvas iframe embed object svg math meter progress').split(' '),
);
/** Not shown as text: the content of these is dropped (options are read through their select). */
const HIDDEN = new Set([
  'script', 'style', 'template', 'noscript', 'head', 'svg', 'math', 'canvas', 'iframe', 'object', 'video', 'audio',
  'meter', 'progress', 'datalist', 'noembed', 'noframes',
]);
const TEXT_INPUTS = new Set(['', 'text', 'search', 'url', 'tel', 'email']);
const BUTTON_INPUTS = new Set(['button', 'submit', 'reset']);
const KNOWN_INPUTS = new Set([
  ...TEXT_INPUTS, ...BUTTON_INPUTS, 'password', 'hidden', 'checkbox', 'radio', 'file', 'image', 'number', 'range', 'color',
  'date', 'datetime-local', 'month', 'week', 'time',
]);

interface Option {
  text: string;
  label: string | undefined;
  selected: boolean;
  disabled: boolean;
}

interface Select {
  multiple: boolean;
  listbox: boolean;
  options: Option[];
  option: Option | undefined;
}

/** The options a select shows as chosen: those marked selected, else (a drop-down) the first enabled one. */
function shown(select: Select): Option[] {
  const selected = select.options.filter((o) => o.selected);
  if (selected.length > 0) return select.multiple ? selected : [selected[selected.length - 1] as Option];
  if (select.multiple || select.listbox) return [];
  const first = select.options.find((o) => !o.disabled);
  return first ? [first] : [];
}

export function htmlToText(html: string): string {
  const parts: string[] = [];
  let hidden = 0;
  /** Open fieldsets with `disabled`: the fields inside are disabled too. */
  let disabledFieldsets = 0;
  const fieldsets: boolean[] = [];
  let select: Select | undefined;
  /** Where the text of each open `<sup>` or `<sub>` starts in `parts`. */
  const raised: number[] = [];
  const line = (text: string): void => {
    if (text.trim() !== '') parts.push('\n', text, '\n');
  };
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (select) {
          if (name === 'option') {
            select.option = { text: '', label: attribs.label, selected: 'selected' in attribs, disabled: 'disabled' in attribs };
            select.options.push(select.option);
          }
          return;
        }
        if (HIDDEN.has(name)) {
          if (hidden === 0 && BLOCK.has(name)) parts.push('\n');
          hidden++;
          return;
        }
        if (hidden > 0) return;
        if (BLOCK.has(name)) parts.push('\n');
        if (isRaised(name)) raised.push(parts.length);
        if (name === 'fieldset') {
          const disabled = 'disabled' in attribs;
          fieldsets.push(disabled);
          if (disabled) disabledFieldsets++;
        } else if (name === 'select') {
          select = { multiple: 'multiple' in attribs, listbox: Number(attribs.size) > 1, options: [], option: undefined };
        } else if (name === 'input') {
          const written = (attribs.type ?? '').trim().toLowerCase();
          const type = KNOWN_INPUTS.has(written) ? written : 'text';
          const locked = 'readonly' in attribs || 'disabled' in attribs || disabledFieldsets > 0;
          if (BUTTON_INPUTS.has(type) || (TEXT_INPUTS.has(type) && locked)) line(attribs.value ?? '');
        }
      },
      onclosetag(name) {
        if (select) {
          if (name === 'option') select.option = undefined;
          else if (name === 'select') {
            for (const option of shown(select)) line(option.label?.trim() ? option.label : option.text.replace(/\s+/g, ' ').trim());
            select = undefined;
            parts.push('\n');
          }
          return;
        }
        if (HIDDEN.has(name)) {
          hidden = Math.max(0, hidden - 1);
          if (hidden === 0 && BLOCK.has(name)) parts.push('\n');
          return;
        }
        if (hidden > 0) return;
        if (name === 'fieldset' && fieldsets.pop()) disabledFieldsets--;
        if (isRaised(name) && raised.length > 0) {
          const from = raised.pop() as number;
          // A footnote mark is beside the word, not part of it ("Metals<sup>2</sup>" reads "Metals ").
          if (isFootnoteMark(parts.slice(from).join(''))) parts.splice(from, parts.length - from, ' ');
        }
        if (BLOCK.has(name)) parts.push(name === 'td' || name === 'th' ? '\t' : '\n');
      },
      ontext(text) {
        if (select) {
          if (select.option) select.option.text += text;
        } else if (hidden === 0) parts.push(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return parts.join('').replace(/[ \t]*\n[ \t\n]*/g, '\n').replace(/^\n+|\n+$/g, '');
}
