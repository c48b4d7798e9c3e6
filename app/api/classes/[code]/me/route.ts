import { getDatabase } from '@/lib/db';
import { studentAnswers } from '@/lib/db/queries/assignments';
import { handle } from '@/lib/errors';
import { assignmentOr404, requireStudent } from '@/lib/server/classes';
import { paramsOr404 } from '@/lib/server/route-params';
import { classParams } from '../../schema';

export const dynamic = 'force-dynamic';

/** A student's progress (their token only): what they answered so far, so a reload or another device keeps it. */
export function GET(request: Request, { params }: { params: Promise<{ code: string }> }): Promise<Response> {
  return handle(async () => {
    const { code } = paramsOr404(classParams, await params);
    const { db } = await getDatabase();
    const assignment = await assignmentOr404(db, code);
    const student = await requireStudent(db, assignment, request);
    const answers = await studentAnswers(db, student.id);
    return Response.json({ name: student.name, handedIn: student.submittedAt !== null, answers: answers.map(({ question, answer }) => ({ question: question + 1, ...answer })) });
  });
}
