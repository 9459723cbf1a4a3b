/**
 * tree-sitter-powershell as an independent oracle (test-only). It is right about quoted literals,
 * statements and sub-expressions, and wrong about bare comma lists in command mode
 * (`Format-Table Name,Address`), so tests use it only where it is right.
 */
import { createRequire } from 'node:module';
import { Language, Parser, type Node } from 'web-tree-sitter';

let parser: Parser | undefined;

/** Loads the grammar once (web-tree-sitter ≥ 0.25 is required for its ABI). */
export async function treeSitter(): Promise<Parser> {
  if (parser) return parser;
  await Parser.init();
  const require = createRequire(import.meta.url);
  const language = await Language.load(require.resolve('tree-sitter-powershell/tree-sitter-powershell.wasm'));
  parser = new Parser();
  parser.setLanguage(language);
  return parser;
}

/** The top-level statements tree-sitter sees (empty statements from `;` excluded). */
export function topStatements(root: Node): Node[] {
  const list = root.namedChildren.find((n) => n?.type === 'statement_list');
  return (list?.namedChildren ?? []).filter((n): n is Node => n !== null && n.type !== 'empty_statement' && n.type !== 'comment');
}

/** Every node of a given type under `node`. */
export function descendants(node: Node, type: string): Node[] {
  return node.descendantsOfType(type).filter((n): n is Node => n !== null);
}

/** The argument nodes of a command (its command_elements that are neither separators nor parameters). */
export function commandArguments(command: Node): Node[] {
  const elements = command.childForFieldName('command_elements');
  return (elements?.namedChildren ?? []).filter(
    (n): n is Node => n !== null && n.type !== 'command_argument_sep' && n.type !== 'command_parameter' && n.type !== 'comment',
  );
}
