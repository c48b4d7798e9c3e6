import { getDatabase } from '@/lib/db';
import { submitAnswers } from '@/lib/db/queries/assignments';
import { handle } from '@/lib/errors';
import { assignmentOr404, requireOpen, requireStudent } from '@/lib/server/classes';
import { checkOrigin } from '@/lib/server/http';
import { paramsOr404 } from '@/lib/server/route-params';
import { limitWrites } from '@/lib/server/write-limit';
import { classParams } from '../../schema';

export const dynamic = 'force-dynamic';

/** Hands the student's worksheet in: their answers are final, and the teacher sees it handed in. */
export function POST(request: Request, { params }: { params: Promise<{ code: string }> }): Promise<Response> {
  return handle(async () => {
    checkOrigin(request);
    const { code } = paramsOr404(classParams, await params);
    const { db } = await getDatabase();
    const assignment = await assignmentOr404(db, code);
    const student = await requireStudent(db, assignment, request);
    await limitWrites(request, { writer: `student:${student.id}` });
    requireOpen(assignment);
    await submitAnswers(db, student.id);
    return Response.json({ handedIn: true });
  });
}
