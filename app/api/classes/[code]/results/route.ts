import { z } from 'zod';
import { getDatabase } from '@/lib/db';
import { assignmentStudentsWithAnswers } from '@/lib/db/queries/assignments';
import { AppError, handle } from '@/lib/errors';
import { classResults, classResultsCsv } from '@/lib/lessons/class-results';
import { assignmentOr404, requireTeacher } from '@/lib/server/classes';
import { paramsOr404 } from '@/lib/server/route-params';
import { classParams } from '../../schema';

export const dynamic = 'force-dynamic';

const querySchema = z.object({ format: z.enum(['json', 'csv'], { error: 'must be json or csv' }).default('json') }).strict();

/** How the class did, per question and per student (the teacher's token only); `format=csv` for a spreadsheet. */
export function GET(request: Request, { params }: { params: Promise<{ code: string }> }): Promise<Response> {
  return handle(async () => {
    const parsed = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success) throw AppError.fromZod(parsed.error, 'query');
    const { code } = paramsOr404(classParams, await params);
    const { db } = await getDatabase();
    const assignment = await assignmentOr404(db, code);
    requireTeacher(assignment, request);
    const results = classResults(assignment.questions, await assignmentStudentsWithAnswers(db, assignment.id));
    if (parsed.data.format === 'csv') {
      return new Response(classResultsCsv(results), {
        headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="class-${assignment.code}.csv"`, 'Cache-Control': 'no-store' },
      });
    }
    return Response.json({ code: assignment.code, title: assignment.title, closed: assignment.closedAt !== null, ...results }, { headers: { 'Cache-Control': 'no-store' } });
  });
}
