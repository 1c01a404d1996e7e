/**
 * The "no HTML from strings" rule, on the TypeScript syntax tree (comments and string contents
 * cannot hide or fake a finding): every way source code can turn a string into markup or code.
 */
import ts from 'typescript';

export interface SinkUse {
  file: string;
  line: number;
  what: string;
}

/** Properties whose assignment or call parses a string as HTML. */
const HTML_PROPERTIES = new Set(['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'srcdoc', 'createContextualFragment', 'setHTMLUnsafe', 'parseHTMLUnsafe', 'parseFromString']);
const WRITE_METHODS = new Set(['write', 'writeln']);
const TIMERS = new Set(['setTimeout', 'setInterval', 'setImmediate']);
const CODE_FROM_STRING = new Set(['eval', 'Function', 'execScript']);

const isStringy = (node: ts.Node | undefined): boolean =>
  !!node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node) || (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken && (isStringy(node.left) || isStringy(node.right))));

function calleeName(expr: ts.Expression): string | undefined {
  if (ts.isIdentifier(expr)) return expr.text;
  if (ts.isPropertyAccessExpression(expr)) return expr.name.text;
  if (ts.isElementAccessExpression(expr) && ts.isStringLiteral(expr.argumentExpression)) return expr.argumentExpression.text;
  return undefined;
}

export function findHtmlSinks(file: string, source: string): SinkUse[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  const found: SinkUse[] = [];
  const report = (node: ts.Node, what: string) => found.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, what });

  const visit = (node: ts.Node): void => {
    // element.innerHTML = …, element['outerHTML'], range.createContextualFragment(…)
    if (ts.isPropertyAccessExpression(node) && HTML_PROPERTIES.has(node.name.text)) report(node, node.name.text);
    if (ts.isElementAccessExpression(node) && ts.isStringLiteral(node.argumentExpression) && HTML_PROPERTIES.has(node.argumentExpression.text)) {
      report(node, node.argumentExpression.text);
    }
    // <div dangerouslySetInnerHTML={…}>, or the same prop spread from an object literal.
    if ((ts.isJsxAttribute(node) || ts.isPropertyAssignment(node)) && node.name.getText(sf) === 'dangerouslySetInnerHTML') report(node, 'dangerouslySetInnerHTML');
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const name = calleeName(node.expression);
      const target = ts.isPropertyAccessExpression(node.expression) ? node.expression.expression.getText(sf) : '';
      if (name && CODE_FROM_STRING.has(name) && (ts.isIdentifier(node.expression) || /^(window|self|globalThis)$/.test(target))) report(node, `${ts.isNewExpression(node) ? 'new ' : ''}${name}`);
      if (name && WRITE_METHODS.has(name) && /(^|\.)document$/.test(target)) report(node, `document.${name}`);
      if (name && TIMERS.has(name) && isStringy(node.arguments?.[0])) report(node, `${name} with a string`);
      // el.setAttribute('onclick', …) and el.setAttribute('srcdoc', …) compile a string too.
      if (name === 'setAttribute' && node.arguments?.[0] && ts.isStringLiteral(node.arguments[0]) && /^(on|srcdoc$)/i.test(node.arguments[0].text)) {
        report(node, `setAttribute('${node.arguments[0].text}')`);
      }
    }
    // A javascript: URL written in code.
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && /^\s*javascript:/i.test(node.text)) report(node, 'javascript: URL');
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}
