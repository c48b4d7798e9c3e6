import { z } from 'zod';
import { MAX_LESSON_CLAIMS } from '@/lib/lessons/worksheet';
import { publicId } from '@/lib/server/route-params';
import { safeText } from '@/lib/server/safe-text';
import { discrepancyType } from '../stories/schema';

const KINDS = discrepancyType.options.length;

/** POST /api/stories/:slug/assignments: the worksheet's options, as on the lesson page. */
export const createAssignmentSchema = z
  .object({
    claims: z.number().int('must be a whole number').min(1, 'must be 1 or more').max(MAX_LESSON_CLAIMS, `must be at most ${MAX_LESSON_CLAIMS}`).default(5),
    types: z.array(discrepancyType).min(1, 'name at least one kind of difference').max(KINDS).optional(),
    blind: z.boolean({ error: 'must be true or false' }).default(false),
    picked: z.array(publicId).max(MAX_LESSON_CLAIMS, `pick at most ${MAX_LESSON_CLAIMS} claims`).default([]),
  })
  .strict();

/** POST /api/classes/:code/students: a first name or a nickname, what the teacher will see. */
export const joinSchema = z
  .object({ name: safeText().trim().min(1, 'must not be empty').max(40, 'must be at most 40 characters') })
  .strict();

/** POST /api/classes/:code/answers/:question: the kinds of difference chosen and, per version, the words marked. */
export const answerSchema = z
  .object({
    types: z.array(discrepancyType).max(KINDS).transform((types) => [...new Set(types)]),
    marked: z
      .array(z.array(z.number().int().min(0, 'must be a word number (0 or more)')).max(2000).transform((words) => [...new Set(words)].sort((a, b) => a - b)))
      .max(200),
  })
  .strict();

export const classParams = z.object({ code: z.string().regex(/^[A-Za-z0-9]{1,20}$/, 'is not a class code') });
export const questionParams = classParams.extend({ question: z.string().regex(/^[1-9]\d{0,2}$/, 'is not a question number').transform(Number) });

/** PATCH /api/classes/:code: close the assignment (no new students or answers) or open it again. */
export const classChangeSchema = z.object({ closed: z.boolean({ error: 'must be true or false' }) }).strict();
