import { getDatabase } from '@/lib/db';
import { joinAssignment } from '@/lib/db/queries/assignments';
import { AppError, handle } from '@/lib/errors';
import { assignmentOr404, requireOpen } from '@/lib/server/classes';
import { checkOrigin, readJsonBody } from '@/lib/server/http';
import { paramsOr404 } from '@/lib/server/route-params';
import { newSecretToken } from '@/lib/server/secret-tokens';
import { limitWrites } from '@/lib/server/write-limit';
import { classParams, joinSchema } from '../../schema';

export const dynamic = 'force-dynamic';

/** A student joins with a first name or nickname, and gets the token their answers need (given only here). */
export function POST(request: Request, { params }: { params: Promise<{ code: string }> }): Promise<Response> {
  return handle(async () => {
    checkOrigin(request);
    await limitWrites(request);
    const { code } = paramsOr404(classParams, await params);
    const parsed = joinSchema.safeParse(await readJsonBody(request, 4096));
    if (!parsed.success) throw AppError.fromZod(parsed.error, 'student');
    const { db } = await getDatabase();
    const assignment = await assignmentOr404(db, code);
    requireOpen(assignment);
    const { token, hash } = newSecretToken();
    const student = await joinAssignment(db, assignment.id, parsed.data.name, hash);
    if (student === 'name-taken') {
      const message = 'is already taken in this class: add an initial or choose a nickname';
      throw new AppError('invalid', 'student', `Invalid student: name: ${message}`, [{ path: 'name', message }]);
    }
    return Response.json({ name: student.name, studentToken: token }, { status: 201 });
  });
}
