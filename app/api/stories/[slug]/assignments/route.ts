import { getDatabase } from '@/lib/db';
import { createAssignment } from '@/lib/db/queries/assignments';
import { AppError, handle } from '@/lib/errors';
import { buildQuestion, lessonOptions, pickClaims } from '@/lib/lessons/worksheet';
import { checkOrigin, readJsonBody } from '@/lib/server/http';
import { loadStory } from '@/lib/server/reader';
import { paramsOr404 } from '@/lib/server/route-params';
import { newSecretToken } from '@/lib/server/secret-tokens';
import { missingStory } from '@/lib/server/story-changes';
import { limitWrites } from '@/lib/server/write-limit';
import { createAssignmentSchema } from '../../../classes/schema';
import { storyParams } from '../../schema';

export const dynamic = 'force-dynamic';

/**
 * Gives the story's worksheet to a class: its questions are built now, with the lesson page's options, and
 * kept as they are. Anyone may make one (as anyone may open a lesson); the answer holds the class code,
 * the students' address and the teacher's token, given only here.
 */
export function POST(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  return handle(async () => {
    checkOrigin(request);
    await limitWrites(request);
    const { slug } = paramsOr404(storyParams, await params);
    const parsed = createAssignmentSchema.safeParse(await readJsonBody(request, 64 * 1024));
    if (!parsed.success) throw AppError.fromZod(parsed.error, 'assignment');
    const { db } = await getDatabase();
    const story = await loadStory(slug);
    if (!story) throw await missingStory(db, slug);
    const options = lessonOptions({ ...parsed.data, types: parsed.data.types ?? [] });
    const questions = pickClaims(story.claims, options).map((claim) => buildQuestion(claim, story.columns, options));
    if (questions.length === 0) {
      throw new AppError('invalid', 'assignment', 'No claim of this story makes a question with these options (claims two outlets report, with a difference of the kinds chosen); choose other kinds or claims.');
    }
    const { token, hash } = newSecretToken();
    const assignment = await createAssignment(db, { storyId: story.id, title: story.title, options, questions, teacherTokenHash: hash });
    const { code } = assignment;
    return Response.json({ code, url: `/classes/${code}`, teacherUrl: `/classes/${code}/teacher`, teacherToken: token, questions: questions.length }, { status: 201, headers: { Location: `/api/classes/${code}` } });
  });
}
