import { expect, test } from '@playwright/test';
import { SEED_SLUG } from '../helpers';

const json = { 'content-type': 'application/json' };

test('a teacher gives a worksheet to a class: students join, answer and hand in; only the teacher sees the results, and can close the class', async ({ request }) => {
  // Anyone can give a lesson to a class, from any story.
  const refused = await request.post(`/api/stories/${SEED_SLUG}/assignments`, { data: { claims: 3, types: ['nonsense'] } });
  expect(refused.status()).toBe(422);
  const created = await request.post(`/api/stories/${SEED_SLUG}/assignments`, { data: { claims: 2, blind: true } });
  expect(created.status()).toBe(201);
  const { code, url, teacherUrl, teacherToken, questions } = await created.json();
  expect(code).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
  expect({ url, teacherUrl, questions }).toEqual({ url: `/classes/${code}`, teacherUrl: `/classes/${code}/teacher`, questions: 2 });
  const teacher = { 'X-Teacher-Token': teacherToken };

  // What students get: blind labels and words, no answers.
  const sheet = await (await request.get(`/api/classes/${code.toLowerCase()}`)).json();
  expect(sheet).toMatchObject({ code, closed: false, blind: true });
  expect(sheet.questions).toHaveLength(2);
  expect(sheet.questions[0].versions[0].label).toBe('Outlet A');
  expect(JSON.stringify(sheet)).not.toMatch(/"answer"|"explanations"|ITV News|The Sun|LBC/);
  expect((await request.get('/api/classes/ZZZZZZ')).status()).toBe(404);

  const join = async (name: string) => request.post(`/api/classes/${code}/students`, { data: { name } });
  const sam = await join('Sam');
  expect(sam.status()).toBe(201);
  const samToken = { 'X-Student-Token': (await sam.json()).studentToken };
  const taken = await join('sam');
  expect(taken.status()).toBe(422);
  expect((await taken.json()).error.issues).toEqual([{ path: 'name', message: 'is already taken in this class: add an initial or choose a nickname' }]);
  const alexToken = { 'X-Student-Token': (await (await join('Alex')).json()).studentToken };

  // Answers need the student's token and must fit the question; each save answers with the feedback.
  const versions = sheet.questions[0].versions.length;
  const marked = Array.from({ length: versions }, () => [0]);
  expect((await request.post(`/api/classes/${code}/answers/1`, { data: { types: ['number'], marked } })).status()).toBe(403);
  expect((await request.post(`/api/classes/${code}/answers/1`, { data: { types: ['number'], marked: [[0]] }, headers: samToken })).status()).toBe(422);
  expect((await request.post(`/api/classes/${code}/answers/9`, { data: { types: [], marked } , headers: samToken })).status()).toBe(404);
  const checked = await request.post(`/api/classes/${code}/answers/1`, { data: { types: ['number', 'number'], marked }, headers: samToken });
  expect(checked.status()).toBe(200);
  const feedback = await checked.json();
  expect(feedback.feedback).toHaveProperty('allRight');
  expect(feedback.explanations.length).toBeGreaterThan(0);
  expect(JSON.stringify(feedback)).not.toMatch(/ITV News|The Sun|LBC/);
  // A reload keeps the student's work.
  expect(await (await request.get(`/api/classes/${code}/me`, { headers: samToken })).json()).toEqual({ name: 'Sam', handedIn: false, answers: [{ question: 1, types: ['number'], marked }] });

  expect((await request.post(`/api/classes/${code}/submission`, { headers: samToken })).status()).toBe(200);
  expect((await request.post(`/api/classes/${code}/answers/2`, { data: { types: [], marked }, headers: samToken })).status()).toBe(409);

  // Results: the teacher's token only.
  expect((await request.get(`/api/classes/${code}/results`)).status()).toBe(403);
  expect((await request.get(`/api/classes/${code}/results`, { headers: { 'X-Teacher-Token': 'made-up' } })).status()).toBe(403);
  const results = await (await request.get(`/api/classes/${code}/results`, { headers: teacher })).json();
  expect(results.questions.map((question: { answered: number }) => question.answered)).toEqual([1, 0]);
  expect(results.students.map((student: { name: string; submittedAt: string | null }) => [student.name, student.submittedAt !== null])).toEqual([['Sam', true], ['Alex', false]]);
  const csv = await request.get(`/api/classes/${code}/results?format=csv`, { headers: teacher });
  expect(csv.headers()['content-type']).toContain('text/csv');
  const [header, samRow, alexRow] = (await csv.text()).split('\r\n');
  expect(header).toBe('student,handed in,questions all right,question 1,question 1: kinds chosen,question 2,question 2: kinds chosen');
  expect(samRow).toMatch(/^Sam,\d{4}-\d\d-\d\dT[^,]+,[01],(all right|not quite \(\d+ of \d+ words\)),number,,$/);
  expect(alexRow).toBe('Alex,,0,,,,');

  // Closing: no new students or answers; opening again lets them back.
  expect((await request.patch(`/api/classes/${code}`, { data: { closed: true } })).status()).toBe(403);
  expect(await (await request.patch(`/api/classes/${code}`, { data: { closed: true }, headers: { ...json, ...teacher } })).json()).toEqual({ code, closed: true });
  expect((await join('Kim')).status()).toBe(409);
  expect((await request.post(`/api/classes/${code}/answers/1`, { data: { types: [], marked }, headers: alexToken })).status()).toBe(409);
  await request.patch(`/api/classes/${code}`, { data: { closed: false }, headers: teacher });
  expect((await join('Kim')).status()).toBe(201);
});
