/**
 * htmlToText reads HTML as the content script reads a page (issue #14): breaks the browser renders
 * end a line, `<wbr>` and inline markup join, buttons, `<pre>` and `<code>` are read, and form
 * controls show their read-only value, textarea text or selected option on a line of their own.
 */
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../../src/core/text/html-text';

describe('htmlToText: breaks between texts', () => {
  it('ends a line at <br>, <hr>, images, icons, controls and embedded objects', () => {
    expect(htmlToText('<td>Top Glove Corporation Bhd<br>Lot 4968, Jalan Teratai</td>').trim()).toBe('Top Glove Corporation Bhd\nLot 4968, Jalan Teratai');
    expect(htmlToText('<p>Nitrile gloves<br/>Supermax Corporation Berhad</p>')).toBe('Nitrile gloves\nSupermax Corporation Berhad');
    expect(htmlToText('<div>Awarded to Smart Glove Corporation Sdn Bhd<hr>Contract value</div>')).toBe('Awarded to Smart Glove Corporation Sdn Bhd\nContract value');
    for (const between of ['<img src="x.png" alt="">', '<input type="checkbox">', '<svg><path d="M1 1"/></svg>', '<canvas></canvas>',
      '<video></video>', '<iframe></iframe>', '<embed src="x">', '<object></object>', '<meter value="1"></meter>', '<progress></progress>',
      '<button type="button"></button>', '<select></select>']) {
      expect(htmlToText(`<p>Origin CN${between}Hoshine Silicon Industry Co., Ltd.</p>`), between).toBe('Origin CN\nHoshine Silicon Industry Co., Ltd.');
    }
  });

  it('joins a word split by <wbr> and a name split by inline markup', () => {
    expect(htmlToText('<td>Nat<wbr>chi Apparel (P) Ltd.</td>').trim()).toBe('Natchi Apparel (P) Ltd.');
    expect(htmlToText('<p><b>Top Glove</b> Corporation <code>Bhd</code></p>')).toBe('Top Glove Corporation Bhd');
  });

  it('reads a footnote mark in <sup> or <sub> as a space, so it does not run into the word before it', () => {
    expect(htmlToText('<p>Xinjiang East Hope Nonferrous Metals<sup>2</sup> and Tangshan Sanyou Group<sup><a href="#fn4">[4]</a></sup>.</p>'))
      .toBe('Xinjiang East Hope Nonferrous Metals  and Tangshan Sanyou Group .');
    expect(htmlToText('<p>Supermax<sup>®</sup> gloves; Hetian Taida Apparel<sup>a</sup>shipped; note<sub>*</sub></p>')).toBe('Supermax  gloves; Hetian Taida Apparel shipped; note');
  });

  it('keeps the text of a <sup> or <sub> that is more than a mark', () => {
    expect(htmlToText('<p>Top Glove Corporation Bhd<sup> (see Annex B, p. 4)</sup></p>')).toBe('Top Glove Corporation Bhd (see Annex B, p. 4)');
    expect(htmlToText('<p>Made by <sup>Hoshine</sup></p>')).toBe('Made by Hoshine');
  });

  it('drops what SVG, canvases, frames and objects hold (titles, fallback content)', () => {
    expect(htmlToText('<p>Verified<svg><title>Sime Darby Plantation Berhad</title><path/></svg>Union Kogyo Co., Ltd.</p>')).toBe('Verified\nUnion Kogyo Co., Ltd.');
    expect(htmlToText('<p>a<canvas>FGV Holdings Berhad</canvas>b<object>Hoshine</object>c<iframe>Top Glove</iframe>d</p>')).toBe('a\nb\nc\nd');
  });
});

describe('htmlToText: text buyers see', () => {
  it('reads a button label as a line of its own', () => {
    expect(htmlToText('<td>Supplier:<button type="button"><mark>Xinjiang Junggar</mark> Cotton and Linen Co., Ltd.</button>View</td>').trim())
      .toBe('Supplier:\nXinjiang Junggar Cotton and Linen Co., Ltd.\nView');
  });

  it('reads <pre> line by line and <code> inline', () => {
    expect(htmlToText('<pre>From: bids@example.com\nMade by Brightway Holdings Sdn Bhd\n</pre><p>Maker: <code>Hefei Bitland Information Technology Co., Ltd.</code></p>'))
      .toBe('From: bids@example.com\nMade by Brightway Holdings Sdn Bhd\nMaker: Hefei Bitland Information Technology Co., Ltd.');
  });
});

describe('htmlToText: form controls', () => {
  it('reads read-only and disabled text fields (in a disabled fieldset too) and button inputs, each on its own line', () => {
    const html = '<label>Maker<input readonly value="Dongguan Oasis Shoes Co., Ltd."></label>' +
      '<label>Mill<input type="TEXT" disabled value="Aksu Huafu Color Spinning Co., Ltd."></label>' +
      '<fieldset disabled><legend>Locked</legend><input type="email" value="Camel Group Co., Ltd."></fieldset>' +
      '<p>Send<input type="submit" value="Award to Huafu Fashion Co., Ltd.">now</p>' +
      '<input readonly type="unknown-type" value="Kuitun Jinfu Textile Co., Ltd.">';
    expect(htmlToText(html).split('\n')).toEqual([
      'Maker', 'Dongguan Oasis Shoes Co., Ltd.', 'Mill', 'Aksu Huafu Color Spinning Co., Ltd.', 'Locked', 'Camel Group Co., Ltd.',
      'Send', 'Award to Huafu Fashion Co., Ltd.', 'now', 'Kuitun Jinfu Textile Co., Ltd.',
    ]);
  });

  it('never reads editable fields, passwords, hidden inputs, checkboxes or the value of other types', () => {
    const html = '<p>A<input value="Zhuhai Pantum Electronics Co. Ltd.">B<input type="password" readonly value="Shanghai Select">' +
      'C<input type="hidden" value="Western Gold Co., Ltd.">D<input type="checkbox" disabled value="Tianjin">E<input type="number" readonly value="12">F</p>';
    expect(htmlToText(html)).toBe('A\nB\nC\nD\nE\nF');
  });

  it('reads a textarea\'s text as written (entities decoded, markup as text) on its own line', () => {
    expect(htmlToText('<p>Notes<textarea readonly>Woven by Changji Esquel Textile Co., Ltd. &amp; <b>others</b></textarea>end</p>'))
      .toBe('Notes\nWoven by Changji Esquel Textile Co., Ltd. & <b>others</b>\nend');
  });

  it('reads the selected option only, or the first enabled one a drop-down shows when none is marked', () => {
    expect(htmlToText('<p>Yarn<select><option>Please choose</option><option selected>Huafu\n  Fashion Co., Ltd.</option><option>Xinjiang Zhongtai Chemical Co. Ltd.</option></select>next</p>'))
      .toBe('Yarn\nHuafu Fashion Co., Ltd.\nnext');
    expect(htmlToText('<select><option disabled>—</option><option>FGV Holdings Berhad</option><option>Other</option></select>')).toBe('FGV Holdings Berhad');
    expect(htmlToText('<select><option label="Sime Darby Plantation Berhad">SDP</option></select>')).toBe('Sime Darby Plantation Berhad');
    expect(htmlToText('<select multiple><option selected>A Ltd</option><option>B Ltd</option><option selected>C Ltd</option></select>')).toBe('A Ltd\nC Ltd');
    expect(htmlToText('<select size="4"><option>A Ltd</option></select><p>x</p>')).toBe('x');
    expect(htmlToText('<datalist><option>Sime Darby Plantation Berhad</option></datalist><p>x</p>')).toBe('x');
  });

  it('passes private-use marker characters through values, textareas and options unchanged', () => {
    const [a, b, c, d] = ['\uE000', '\uE001', '\uE002', '\uE003'];
    const html = `<input readonly value="${a}Top Glove Corporation Bhd${b}">` +
      `<textarea readonly>${c}United Kingdom${d}</textarea>` +
      `<select disabled><option>x</option><option selected>${a}Smart Glove Corporation Sdn. Bhd.${b}</option></select>` +
      `<p>${a}Supermax &amp; Co${b}<img alt="">${c}Klang${d}</p>`;
    expect(htmlToText(html).split('\n')).toEqual([
      `${a}Top Glove Corporation Bhd${b}`, `${c}United Kingdom${d}`, `${a}Smart Glove Corporation Sdn. Bhd.${b}`, `${a}Supermax & Co${b}`, `${c}Klang${d}`,
    ]);
  });
});
