import { getDatabase } from '@/lib/db';
import { setAssignmentClosed } from '@/lib/db/queries/assignments';
import { AppError, handle } from '@/lib/errors';
import { studentQuestion } from '@/lib/lessons/class-worksheet';
import { assignmentOr404, requireTeacher } from '@/lib/server/classes';
import { checkOrigin, readJsonBody } from '@/lib/server/http';
import { paramsOr404 } from '@/lib/server/route-params';
import { limitWrites } from '@/lib/server/write-limit';
import { classChangeSchema, classParams } from '../schema';

export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ code: string }> };

/** What a student sees of a class before and while answering: its title, whether it is open, and the questions without their answers. */
export function GET(_request: Request, { params }: Params): Promise<Response> {
  return handle(async () => {
    const { code } = paramsOr404(classParams, await params);
    const { db } = await getDatabase();
    const assignment = await assignmentOr404(db, code);
    return Response.json({ code: assignment.code, title: assignment.title, closed: assignment.closedAt !== null, blind: assignment.options.blind, questions: assignment.questions.map(studentQuestion) });
  });
}

/** Closes the assignment or opens it again: the teacher's token only. */
export function PATCH(request: Request, { params }: Params): Promise<Response> {
  return handle(async () => {
    checkOrigin(request);
    await limitWrites(request);
    const { code } = paramsOr404(classParams, await params);
    const parsed = classChangeSchema.safeParse(await readJsonBody(request, 1024));
    if (!parsed.success) throw AppError.fromZod(parsed.error, 'class');
    const { db } = await getDatabase();
    const assignment = await assignmentOr404(db, code);
    requireTeacher(assignment, request);
    const updated = await setAssignmentClosed(db, assignment.id, parsed.data.closed);
    return Response.json({ code: updated.code, closed: updated.closedAt !== null });
  });
}
