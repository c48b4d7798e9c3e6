import { getDatabase } from '@/lib/db';
import { saveAnswer } from '@/lib/db/queries/assignments';
import { AppError, handle } from '@/lib/errors';
import { answerFeedback, answerProblem } from '@/lib/lessons/class-worksheet';
import { assignmentOr404, requireOpen, requireStudent } from '@/lib/server/classes';
import { checkOrigin, readJsonBody } from '@/lib/server/http';
import { paramsOr404 } from '@/lib/server/route-params';
import { limitWrites } from '@/lib/server/write-limit';
import { answerSchema, questionParams } from '../../../schema';

export const dynamic = 'force-dynamic';

/**
 * Saves a student's answer to a question (numbered from 1), replacing the last, and answers with the
 * feedback the self-check worksheet gives. Refused once the student handed in or the teacher closed the class.
 */
export function POST(request: Request, { params }: { params: Promise<{ code: string; question: string }> }): Promise<Response> {
  return handle(async () => {
    checkOrigin(request);
    const { code, question: number } = paramsOr404(questionParams, await params);
    const parsed = answerSchema.safeParse(await readJsonBody(request, 64 * 1024));
    if (!parsed.success) throw AppError.fromZod(parsed.error, 'answer');
    const { db } = await getDatabase();
    const assignment = await assignmentOr404(db, code);
    const student = await requireStudent(db, assignment, request);
    await limitWrites(request, { writer: `student:${student.id}` });
    requireOpen(assignment);
    const question = assignment.questions[number - 1];
    if (!question) throw new AppError('not_found', 'question', `This worksheet has ${assignment.questions.length} questions, not ${number}.`);
    const problem = answerProblem(question, parsed.data);
    if (problem) throw new AppError('invalid', 'answer', `Invalid answer: marked: ${problem}`, [{ path: 'marked', message: problem }]);
    const result = answerFeedback(question, parsed.data);
    if (!(await saveAnswer(db, student.id, number - 1, parsed.data, result.feedback.allRight))) {
      throw new AppError('conflict', 'answer', 'You have handed this worksheet in: its answers are final.');
    }
    return Response.json(result);
  });
}
