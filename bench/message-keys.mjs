// Which dictionary keys a built script can print. Keys are read from many modules and sometimes
// computed (`rule.${id}.message`), so this reads every string in the script, as a parser sees it:
// a string that is a key names that key; a template literal is a pattern (each `${…}` any text)
// and names every key it matches; a string that starts or ends with a dot is a piece of a key
// joined at run time and names every key that starts or ends with it. It over-counts (a
// `${a}.${b}` template names every key), never under-counts a key written in the code in one of
// those forms. Used by the size tests: what a page's code can print must be in what it loads.
import ts from 'typescript';

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The patterns of the strings of a script: `{ exact }` for a plain string, `{ pattern }` (a
 * RegExp over a whole key) for a template literal or a dotted piece.
 */
export function stringPatterns(code) {
  const source = ts.createSourceFile('chunk.js', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const found = [];
  const visit = (node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      const text = node.text;
      found.push({ exact: text });
      if (text.length > 1 && text.endsWith('.')) found.push({ pattern: new RegExp(`^${escape(text)}`), text });
      if (text.length > 1 && text.startsWith('.')) found.push({ pattern: new RegExp(`${escape(text)}$`), text });
    } else if (ts.isTemplateExpression(node)) {
      const parts = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
      // Only a template with a word in it can name keys: `${a}.${b}` or `${x}-${y}` build paths
      // and ids, and a key built of substitutions alone would name no namespace (see the top).
      if (parts.some((part) => /[A-Za-z]/.test(part))) found.push({ pattern: new RegExp(`^${parts.map(escape).join('[^]*')}$`), text: parts.join('${…}') });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * The keys of `keys` that the strings of `codes` (the scripts a page runs) can name (see the top
 * of the file). One refinement, for findings: a rule's messages (`rule.<id>.…`) named only through
 * a pattern (`rule.${id}.message`) count when `<id>` is a string of the scripts, since a finding
 * names its rule by the id written in the rule's module; a page that does not hold a rule's code
 * cannot print its findings.
 */
export function reachableKeys(codes, keys) {
  const keySet = new Set(keys);
  const found = [].concat(...[].concat(codes).map(stringPatterns));
  const strings = new Set(found.filter((f) => f.exact !== undefined).map((f) => f.exact));
  const reached = new Set();
  for (const f of found) {
    if (f.exact !== undefined) {
      if (keySet.has(f.exact)) reached.add(f.exact);
      continue;
    }
    for (const key of keys) {
      if (reached.has(key) || !f.pattern.test(key)) continue;
      const rule = /^rule\.([^.]+)\./.exec(key);
      if (rule && !strings.has(rule[1])) continue;
      reached.add(key);
    }
  }
  return reached;
}
