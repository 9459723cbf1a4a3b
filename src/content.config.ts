import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** Guide pages: `content/{fr,en}/<slug>.md`, ids like `fr/certificates`. */
const guide = defineCollection({
  loader: glob({ pattern: '{fr,en}/*.md', base: './content' }),
  schema: z.strictObject({
    title: z.string().min(1),
    description: z.string().min(1),
    order: z.number().int(),
  }),
});

/** Rule reference pages: `content/rules/{fr,en}/<rule-id>.md`. */
const ruleDocs = defineCollection({
  loader: glob({ pattern: '{fr,en}/*.md', base: './content/rules' }),
  schema: z.strictObject({ title: z.string().min(1) }),
});

/** Executable runbooks: `runbooks/<slug>/{fr,en}.mdx`. */
const runbooks = defineCollection({
  loader: glob({ pattern: '*/{fr,en}.mdx', base: './runbooks' }),
  schema: z.strictObject({
    title: z.string().min(1),
    description: z.string().min(1),
    order: z.number().int(),
  }),
});

export const collections = { guide, ruleDocs, runbooks };
