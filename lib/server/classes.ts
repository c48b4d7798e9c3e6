import { getDatabase, type Database } from '@/lib/db';
import { getAssignment, isClassCode, studentByToken } from '@/lib/db/queries/assignments';
import type { Assignment, AssignmentStudent } from '@/lib/db/schema';
import { AppError } from '@/lib/errors';
import { hashSecretToken, isTokenOf, tokenOf } from './secret-tokens';

/**
 * Who may do what with a class (an assignment): anyone with its code may join; a student's own token
 * saves and hands in their answers; the teacher's token (given once, when the assignment is made) reads
 * the results and closes or reopens it. No accounts, as for stories (secret-tokens.ts).
 */
export const TEACHER_TOKEN_HEADER = 'X-Teacher-Token';
export const STUDENT_TOKEN_HEADER = 'X-Student-Token';

/** The assignment a class code names, or a 404 saying so (a code of the wrong shape names nothing). */
export async function assignmentOr404(db: Database, code: string): Promise<Assignment> {
  const assignment = isClassCode(code) ? await getAssignment(db, code) : null;
  if (!assignment) throw new AppError('not_found', 'class', `There is no class with the code "${code.slice(0, 20)}": check it with your teacher.`);
  return assignment;
}

/** The class a page's code names, or null (a code of the wrong shape names none). */
export async function loadClass(code: string): Promise<Assignment | null> {
  if (!isClassCode(code)) return null;
  const { db } = await getDatabase();
  return getAssignment(db, code);
}

/** Refuses (409) what a closed assignment no longer takes. */
export function requireOpen(assignment: Assignment): void {
  if (assignment.closedAt) throw new AppError('conflict', 'class', 'Your teacher has closed this assignment: it takes no new students or answers.');
}

export function requireTeacher(assignment: Assignment, request: Request): void {
  const token = tokenOf(request, TEACHER_TOKEN_HEADER);
  if (token === null) throw new AppError('forbidden', 'teacher-token', `The class's results need the teacher's token (the ${TEACHER_TOKEN_HEADER} header), given when the assignment was made.`);
  if (!isTokenOf(assignment.teacherTokenHash, token)) throw new AppError('forbidden', 'teacher-token', "This is not this class's teacher token.");
}

export async function requireStudent(db: Database, assignment: Assignment, request: Request): Promise<AssignmentStudent> {
  const token = tokenOf(request, STUDENT_TOKEN_HEADER);
  if (token === null) throw new AppError('forbidden', 'student-token', `Answers need the student's token (the ${STUDENT_TOKEN_HEADER} header), given on joining the class.`);
  const student = token === '' ? null : await studentByToken(db, assignment.id, hashSecretToken(token));
  if (!student) throw new AppError('forbidden', 'student-token', 'This student token is not one of this class: join the class again.');
  return student;
}
