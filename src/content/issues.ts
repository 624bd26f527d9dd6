// A content problem, located by file, line and field path, and worded for the editor who has to
// fix it. Both the build and the content tests print these.

export interface ContentIssue {
  /** The file, relative to the project root, e.g. content/apps/snapchat.yaml. */
  file: string;
  /** The field path, e.g. checklist[2].source.url; empty for the whole file. */
  path: string;
  /** 1-based line of the field in the file, when it could be found. */
  line?: number;
  message: string;
}

/** Turns a path like ['checklist', 2, 'source', 'url'] into checklist[2].source.url. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

export function formatIssue(issue: ContentIssue): string {
  const where = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}`;
  return issue.path === '' ? `${where}: ${issue.message}` : `${where} ${issue.path}: ${issue.message}`;
}

export class ContentError extends Error {
  readonly issues: readonly ContentIssue[];
  constructor(issues: readonly ContentIssue[]) {
    super(`Content is invalid (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`);
    this.name = 'ContentError';
    this.issues = issues;
  }
}
