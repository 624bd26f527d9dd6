// `npm run content:check`: validates every file under content/ and prints each problem with its
// file, line and field. The build runs the same check; this is the quick way while editing.
import { loadContent } from '../src/content/load';
import { formatIssue } from '../src/content/issues';

const { content, issues } = loadContent(process.cwd());
if (issues.length > 0) {
  for (const issue of issues) console.error(formatIssue(issue));
  console.error(`\n${issues.length} problem${issues.length === 1 ? '' : 's'} in content/.`);
  process.exit(1);
}
console.log(
  `content/ is valid: ${content.guides.length} guides, ${content.areas.length} areas, ` +
    `${content.datasets.length} datasets, ${content.helpRoutes.length} help routes.`,
);
