import { readFileSync } from 'node:fs';
import type { Heading, Link, Paragraph, PhrasingContent, Root } from 'mdast';
import type { VFile } from 'vfile';
import { stepsByGuideSection, type SectionStep } from '../domain/runbook/guide-sections.ts';
import { isLang, t, type Lang } from '../i18n/index.ts';
import { localePath } from '../i18n/routes.ts';
import type {} from 'mdast-util-to-hast'; // augments mdast `Data` with hName/hProperties

/** Options for {@link remarkStepLinks}. */
export interface RemarkStepLinksOptions {
  /** Guide section (`<slug>#<section>`) → the steps performing it (default: from the runbooks, `stepsByGuideSection()`). */
  sections?: ReadonlyMap<string, readonly SectionStep[]>;
  /**
   * Which guide page and language a file is (default: from its path, `content/<lang>/<slug>.md`).
   * Undefined means the file is not a guide page and is left alone.
   */
  locate?: (file: VFile) => { slug: string; lang: Lang } | undefined;
  /** A runbook's title in a language (default: the `title` of `runbooks/<slug>/<lang>.mdx`). */
  runbookTitle?: (runbook: string, lang: Lang) => string;
  /** The runbook whose steps are named without its title (default `deploy-um-lync`, the whole deployment). */
  mainRunbook?: string;
}

const GUIDE_PATH = /(?:^|[\\/])content[\\/](fr|en)[\\/]([a-z0-9-]+)\.md$/;

/** `content/<lang>/<slug>.md` → `{ slug, lang }` (rule pages, `content/rules/…`, are not guide pages). */
export function locateGuidePage(file: VFile): { slug: string; lang: Lang } | undefined {
  const match = GUIDE_PATH.exec(file.path ?? '');
  return match && isLang(match[1]) ? { slug: match[2]!, lang: match[1] } : undefined;
}

const RUNBOOKS_DIR = new URL('../../runbooks/', import.meta.url);
const titles = new Map<string, string>();

/** The `title:` of a runbook's MDX frontmatter (read once per runbook and language). */
export function runbookTitleFromFile(runbook: string, lang: Lang): string {
  const key = `${runbook}/${lang}`;
  let title = titles.get(key);
  if (title === undefined) {
    const source = readFileSync(new URL(`${runbook}/${lang}.mdx`, RUNBOOKS_DIR), 'utf8');
    const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
    title = /^title:\s*(.+)$/m.exec(frontmatter)?.[1]?.trim().replace(/^(["'])(.*)\1$/, '$2') ?? runbook;
    titles.set(key, title);
  }
  return title;
}

/** The id remark-heading-ids gave a heading (from its `{#id}` suffix). */
function headingId(heading: Heading): string | undefined {
  const id = (heading.data as { hProperties?: { id?: unknown } } | undefined)?.hProperties?.id;
  return typeof id === 'string' ? id : undefined;
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const link = (url: string, label: string): Link => ({ type: 'link', url, children: [text(label)] });

/**
 * Under each guide heading whose section a runbook step performs, adds a line linking to every
 * such step ("Open step 5: Create the SIP URI dial plans", in each runbook that has it) and to the
 * lab ("Try in the lab"). The links are computed from the steps' `guide` fields, so a step moved
 * to another section or runbook moves its link with it. Runs after remark-heading-ids (it reads
 * the explicit ids). Guide pages only; the line is left out of print and of the search index.
 * @example "## Create the SIP URI dial plan {#d1}" in content/en/exchange-um.md → the heading, then
 * <p class="guide-step-links">In the runbooks: <a href="/en/runbooks/deploy-um-lync/#step-create-um-dial-plans">Open step 5: …</a> · <a href="/en/lab/">Try in the lab</a></p>
 */
export default function remarkStepLinks(options: RemarkStepLinksOptions = {}) {
  const sections = options.sections ?? stepsByGuideSection();
  const locate = options.locate ?? locateGuidePage;
  const runbookTitle = options.runbookTitle ?? runbookTitleFromFile;
  const mainRunbook = options.mainRunbook ?? 'deploy-um-lync';
  return (tree: Root, file: VFile) => {
    const page = locate(file);
    if (!page) return;
    const { lang } = page;
    const children = tree.children;
    for (let i = children.length - 1; i >= 0; i--) {
      const node = children[i]!;
      if (node.type !== 'heading') continue;
      const id = headingId(node);
      const steps = id ? sections.get(`${page.slug}#${id}`) : undefined;
      if (!steps?.length) continue;
      const parts: PhrasingContent[] = [text(`${t(lang, 'guide.stepLinks.label')} `)];
      for (const { runbook, step, number } of steps) {
        const title = t(lang, `step.${step}.title`);
        const label =
          runbook === mainRunbook
            ? t(lang, 'guide.stepLinks.open', { number, title })
            : t(lang, 'guide.stepLinks.openIn', { number, title, runbook: runbookTitle(runbook, lang) });
        parts.push(link(`${localePath(lang, 'runbooks', runbook)}#step-${step}`, label), text(' · '));
      }
      parts.push(link(localePath(lang, 'lab'), t(lang, 'guide.stepLinks.lab')));
      const line: Paragraph = {
        type: 'paragraph',
        children: parts,
        data: { hProperties: { className: ['guide-step-links', 'no-print'], dataPagefindIgnore: '' } },
      };
      children.splice(i + 1, 0, line);
    }
  };
}
