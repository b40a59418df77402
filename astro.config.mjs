// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkCjkSpacing from './src/lib/remark-cjk-spacing.ts';
import remarkDataReferences from './src/lib/remark-data-references.ts';
import { contentDirs, dataFileIds } from './src/content/dirs.ts';
import rehypeParagraphLinks from './src/lib/rehype-paragraph-links.ts';
import rehypeGlossaryTerms from './src/lib/rehype-glossary-terms.ts';
import rehypePrintedListMarkers from './src/lib/rehype-printed-list-markers.ts';
import rehypeLeadIns from './src/lib/rehype-lead-ins.ts';
import { readGlossaries } from './src/lib/glossary.ts';
import { termLinks } from './src/lib/glossary-links.ts';
import { joinBase } from './src/lib/base-path.ts';
import searchIndex from './src/integrations/search-index.ts';
import { ui } from './src/i18n/zh-CN.ts';

// Where the site is published (README, "Deploying"). Without SITE_URL the build names no host:
// no canonical URLs, no sitemap, no address on paper (a made-up localhost would be published).
const site = process.env.SITE_URL || undefined;
const base = joinBase(process.env.BASE_PATH ?? '/', '/');
const root = fileURLToPath(new URL('.', import.meta.url));
/** What <IndicatorTable of> and <Glossary of> may name, read when a report compiles (so new files count in dev). */
const dataFiles = () => ({
  IndicatorTable: { dir: contentDirs.indicators, ids: dataFileIds(root, contentDirs.indicators) },
  Glossary: { dir: contentDirs.glossary, ids: dataFileIds(root, contentDirs.glossary) },
});

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // The tests build invalid fixtures with a cache of their own, so they never touch the site's.
  cacheDir: process.env.ASTRO_CACHE_DIR,
  // Nothing inline: the site runs under a Content-Security-Policy without 'unsafe-inline'
  // (src/lib/content-security-policy.ts), so every stylesheet and script is a file of its own.
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    // The default processor (satteri) runs no remark/rehype plugins; the unified one does.
    // SmartyPants is off: it would turn the sources' straight quotes and dashes into others.
    processor: unified({
      gfm: false,
      smartypants: false,
      remarkPlugins: [remarkGfm, remarkCjkSpacing, [remarkDataReferences, { files: dataFiles }]],
      // A permalink after each heading; it has no text (its mark is drawn by CSS), so the
      // report text, the search index and the fidelity check see none of it.
      rehypePlugins: [
        // Astro gives headings their ids after the user's plugins; the permalinks need them first.
        rehypeHeadingIds,
        [
          rehypeAutolinkHeadings,
          { behavior: 'append', properties: { className: ['heading-link'], ariaLabel: ui.headingLink }, content: [] },
        ],
        // Classes for the layout: lists that print their own markers, paragraphs that introduce what follows.
        rehypePrintedListMarkers,
        rehypeLeadIns,
        [rehypeParagraphLinks, { label: ui.cite.label }],
        [rehypeGlossaryTerms, { terms: termLinks(readGlossaries(root), base) }],
      ],
    }),
  },
  // A sitemap lists absolute URLs, so there is one only when the site's address is known.
  integrations: [mdx(), ...(site ? [sitemap()] : []), searchIndex()],
  vite: {
    build: {
      // Astro inlines scripts (and Vite assets, as data: URLs) under this size; 0 keeps them all files.
      assetsInlineLimit: 0,
      rollupOptions: {
        // Astro marks MDX modules with a "use astro:head-inject" directive that the bundler
        // warns about on every build (withastro/astro#18087); the warning is harmless.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
