// Reads one YAML file and validates it against a schema, reporting problems with the file, the
// line and the field path. Node-only: used at build time and by the content tests.
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'zod';
import { formatPath, type ContentIssue } from './issues';
import { explainedByPlaceholder, placeholderIssues, placeholdersIn } from './editorial/scaffold';

export type ReadResult<T> = { ok: true; value: T; lineOf: (path: readonly PropertyKey[]) => number | undefined } | { ok: false; issues: ContentIssue[] };

function lineFinder(doc: Document, counter: LineCounter) {
  return (path: readonly PropertyKey[]): number | undefined => {
    // Walk up the path until a node exists: a missing field is reported at its parent.
    for (let depth = path.length; depth >= 0; depth -= 1) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true);
      if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
    }
    return undefined;
  };
}

export function readYaml<S extends z.ZodType>(absolutePath: string, file: string, schema: S): ReadResult<z.infer<S>> {
  let text: string;
  try {
    text = readFileSync(absolutePath, 'utf8');
  } catch (error) {
    return { ok: false, issues: [{ file, path: '', message: `cannot be read (${(error as Error).message})` }] };
  }
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      issues: doc.errors.map((error) => ({
        file,
        path: '',
        line: counter.linePos(error.pos[0]).line,
        message: `is not valid YAML: ${error.message.split('\n')[0]}`,
      })),
    };
  }
  const lineOf = lineFinder(doc, counter);
  const raw: unknown = doc.toJS();
  // Text starting with "TODO" is a template placeholder: report it at its field, and not the
  // schema's complaints that a placeholder is not yet a date, an address or one of a list.
  const placeholders = [...placeholdersIn(raw)].map((found) => found.path);
  const parsed = schema.safeParse(raw);
  if (!parsed.success || placeholders.length > 0) {
    const schemaIssues = parsed.success ? [] : parsed.error.issues.filter((issue) => !explainedByPlaceholder(issue.path, placeholders));
    return {
      ok: false,
      issues: [
        ...placeholderIssues(raw, file, lineOf),
        ...schemaIssues.map((issue) => ({
          file,
          path: formatPath(issue.path),
          line: lineOf(issue.path),
          message: issue.message,
        })),
      ],
    };
  }
  return { ok: true, value: parsed.data, lineOf };
}
