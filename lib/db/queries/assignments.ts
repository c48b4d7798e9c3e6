import { randomInt } from 'node:crypto';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Answer, LessonOptions, Question } from '@/lib/lessons/worksheet';
import type { Database } from '../client';
import { assignmentAnswers, assignments, assignmentStudents, type Assignment, type AssignmentStudent } from '../schema';

/** Letters and digits a class can read off a board without confusing them (no 0/O, 1/I/L). */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 6;

export function newClassCode(): string {
  return Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
}

/** Whether `code` could be a class code (any case: students type it). */
export function isClassCode(code: string): boolean {
  return new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`).test(code.toUpperCase());
}

export interface NewAssignment {
  storyId: number;
  title: string;
  options: LessonOptions;
  questions: Question[];
  teacherTokenHash: string;
}

/** Saves an assignment under a fresh class code. */
export async function createAssignment(db: Database, input: NewAssignment): Promise<Assignment> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const [created] = await db.insert(assignments).values({ ...input, code: newClassCode() }).onConflictDoNothing({ target: assignments.code }).returning();
    if (created) return created;
  }
  throw new Error('could not find a free class code');
}

export async function getAssignment(db: Database, code: string): Promise<Assignment | null> {
  const [found] = await db.select().from(assignments).where(eq(assignments.code, code.toUpperCase()));
  return found ?? null;
}

/** Closes an assignment (no new students or answers) or opens it again. */
export async function setAssignmentClosed(db: Database, assignmentId: number, closed: boolean): Promise<Assignment> {
  const [updated] = await db
    .update(assignments)
    .set({ closedAt: closed ? sql`coalesce(${assignments.closedAt}, now())` : null })
    .where(eq(assignments.id, assignmentId))
    .returning();
  return updated!;
}

/** Adds a student to an assignment; "name-taken" when another student of the class has that name (in any case). */
export async function joinAssignment(db: Database, assignmentId: number, name: string, tokenHash: string): Promise<AssignmentStudent | 'name-taken'> {
  const [student] = await db.insert(assignmentStudents).values({ assignmentId, name, tokenHash }).onConflictDoNothing().returning();
  return student ?? 'name-taken';
}

export async function studentByToken(db: Database, assignmentId: number, tokenHash: string): Promise<AssignmentStudent | null> {
  const [student] = await db.select().from(assignmentStudents).where(and(eq(assignmentStudents.assignmentId, assignmentId), eq(assignmentStudents.tokenHash, tokenHash)));
  return student ?? null;
}

/** Saves a student's answer to one question, replacing any earlier one; false once the student handed in. */
export async function saveAnswer(db: Database, studentId: number, question: number, answer: Answer, allRight: boolean): Promise<boolean> {
  return db.transaction(async (tx) => {
    // The student's row, locked: a hand-in and an answer never cross.
    const [student] = await tx.select({ submittedAt: assignmentStudents.submittedAt }).from(assignmentStudents).where(eq(assignmentStudents.id, studentId)).for('update');
    if (!student || student.submittedAt) return false;
    await tx
      .insert(assignmentAnswers)
      .values({ studentId, question, answer, allRight })
      .onConflictDoUpdate({ target: [assignmentAnswers.studentId, assignmentAnswers.question], set: { answer, allRight, updatedAt: sql`now()` } });
    return true;
  });
}

/** Hands a student's worksheet in (once: a second hand-in changes nothing). */
export async function submitAnswers(db: Database, studentId: number): Promise<void> {
  await db.update(assignmentStudents).set({ submittedAt: sql`now()` }).where(and(eq(assignmentStudents.id, studentId), isNull(assignmentStudents.submittedAt)));
}

export interface SavedAnswer {
  question: number;
  answer: Answer;
  allRight: boolean;
}

/** Each student of an assignment, in the order they joined, with their answers by question. */
export async function assignmentStudentsWithAnswers(db: Database, assignmentId: number): Promise<(AssignmentStudent & { answers: SavedAnswer[] })[]> {
  const students = await db.select().from(assignmentStudents).where(eq(assignmentStudents.assignmentId, assignmentId)).orderBy(asc(assignmentStudents.id));
  if (students.length === 0) return [];
  const answers = await db
    .select()
    .from(assignmentAnswers)
    .where(inArray(assignmentAnswers.studentId, students.map((student) => student.id)))
    .orderBy(asc(assignmentAnswers.question));
  return students.map((student) => ({
    ...student,
    answers: answers.filter((answer) => answer.studentId === student.id).map(({ question, answer, allRight }) => ({ question, answer, allRight })),
  }));
}

/** One student's saved answers, by question. */
export async function studentAnswers(db: Database, studentId: number): Promise<SavedAnswer[]> {
  const rows = await db.select().from(assignmentAnswers).where(eq(assignmentAnswers.studentId, studentId)).orderBy(asc(assignmentAnswers.question));
  return rows.map(({ question, answer, allRight }) => ({ question, answer, allRight }));
}
