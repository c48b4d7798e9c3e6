import { sql } from 'drizzle-orm';
import { boolean, date, foreignKey, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { CorrectionChange } from '@/lib/analysis/corrections';
import type { DiscrepancyType, ExcludedSpan, PossibleMention, Variant } from '@/lib/analysis/types';
import type { Answer, LessonOptions, Question } from '@/lib/lessons/worksheet';

export const stories = pgTable(
  'stories',
  {
    id: serial('id').primaryKey(),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    /**
     * SHA-256 of the story's edit token (given once, to whoever created the story): changes to the story
     * need the token. Null for stories imported at start-up, which no one can change through the app.
     */
    editTokenHash: text('edit_token_hash'),
    /** Kept off the home page and search; reachable by its link. */
    unlisted: boolean('unlisted').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('stories_slug_key').on(table.slug),
    index('stories_title_search_idx').using('gin', sql`to_tsvector('english', ${table.title})`),
  ],
);

export type Story = typeof stories.$inferSelect;
export type NewStory = typeof stories.$inferInsert;

/**
 * Stories their editors deleted: everything of the story is gone but its address, which then answers
 * "removed" (410) rather than "not found", and is never handed out again.
 */
export const removedStories = pgTable('removed_stories', {
  slug: text('slug').primaryKey(),
  removedAt: timestamp('removed_at', { withTimezone: true }).notNull().defaultNow(),
});

export const articles = pgTable(
  'articles',
  {
    /** Short public id used in URLs; unique across the database. */
    id: text('id').primaryKey(),
    storyId: integer('story_id')
      .notNull()
      .references(() => stories.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    outlet: text('outlet'),
    url: text('url'),
    publishedAt: date('published_at', { mode: 'string' }),
    title: text('title'),
    /** What the user gave us, exactly: plain text or HTML. */
    sourceFormat: text('source_format', { enum: ['text', 'html'] }).notNull(),
    source: text('source').notNull(),
    /** File name the article came from, when it came from a file. */
    sourceFile: text('source_file'),
    contentHash: text('content_hash').notNull(),
    /** The text the engine analysed (the source itself, or what it extracted from HTML): offsets refer to it. */
    text: text('text'),
    /** Spans of `text` that are not the article (navigation, captions …), with reasons. */
    excluded: jsonb('excluded').$type<ExcludedSpan[]>(),
    /** Publication date the engine found in the text or markup, when none was given. */
    detectedPublishedAt: date('detected_published_at', { mode: 'string' }),
    /** Articles with the same number are one source (wire copy or near-copies); see lib/analysis/wire.ts. */
    sourceGroup: integer('source_group'),
    /** The news agency the article is credited to, when it is agency copy. */
    agency: text('agency'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('articles_story_id_idx').on(table.storyId, table.position),
    index('articles_title_search_idx').using('gin', sql`to_tsvector('english', coalesce(${table.title}, ''))`),
    uniqueIndex('articles_story_content_key').on(table.storyId, table.contentHash),
  ],
);

export type Article = typeof articles.$inferSelect;
export type NewArticle = typeof articles.$inferInsert;


/** One run of the engine over a story: a job that any app server may claim (see queries/analyses.ts). */
export const analyses = pgTable(
  'analyses',
  {
    id: serial('id').primaryKey(),
    storyId: integer('story_id')
      .notNull()
      .references(() => stories.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['queued', 'running', 'done', 'failed'] }).notNull().default('queued'),
    stage: text('stage', { enum: ['queued', 'analysing', 'saving', 'done', 'failed'] }).notNull().default('queued'),
    articlesTotal: integer('articles_total').notNull().default(0),
    articlesDone: integer('articles_done').notNull().default(0),
    engineVersion: text('engine_version'),
    attempts: integer('attempts').notNull().default(0),
    error: text('error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (table) => [index('analyses_status_idx').on(table.status, table.id), index('analyses_story_idx').on(table.storyId, table.id)],
);

export type Analysis = typeof analyses.$inferSelect;

export const claims = pgTable(
  'claims',
  {
    storyId: integer('story_id')
      .notNull()
      .references(() => stories.id, { onDelete: 'cascade' }),
    id: text('id').notNull(),
    analysisId: integer('analysis_id')
      .notNull()
      .references(() => analyses.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    summary: text('summary').notNull(),
    outletCount: integer('outlet_count').notNull(),
    discrepancyCount: integer('discrepancy_count').notNull(),
    /** A person's correction changed this claim (see corrections). */
    edited: boolean('edited').notNull().default(false),
    /** Outlets' sentences that may state this claim (the engine's `possibleMentions`): "possibly reported". */
    possibleMentions: jsonb('possible_mentions').$type<PossibleMention[]>().notNull().default([]),
  },
  (table) => [
    primaryKey({ columns: [table.storyId, table.id] }),
    index('claims_story_position_idx').on(table.storyId, table.position),
    index('claims_summary_search_idx').using('gin', sql`to_tsvector('english', ${table.summary})`),
  ],
);

export type ClaimRow = typeof claims.$inferSelect;

export const mentions = pgTable(
  'mentions',
  {
    storyId: integer('story_id').notNull(),
    claimId: text('claim_id').notNull(),
    position: integer('position').notNull(),
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    text: text('text').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.storyId, table.claimId, table.position] }),
    foreignKey({ columns: [table.storyId, table.claimId], foreignColumns: [claims.storyId, claims.id] }).onDelete('cascade'),
    index('mentions_article_idx').on(table.articleId),
  ],
);

export const discrepancies = pgTable(
  'discrepancies',
  {
    storyId: integer('story_id').notNull(),
    claimId: text('claim_id').notNull(),
    position: integer('position').notNull(),
    // Only the engine writes these rows, so the column holds its vocabulary.
    type: text('type').$type<DiscrepancyType>().notNull(),
    articleIds: text('article_ids').array().notNull(),
    values: jsonb('values').$type<Record<string, string>>().notNull(),
    spans: jsonb('spans').$type<Record<string, [number, number][]>>().notNull(),
    explanation: text('explanation').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.storyId, table.claimId, table.position] }),
    foreignKey({ columns: [table.storyId, table.claimId], foreignColumns: [claims.storyId, claims.id] }).onDelete('cascade'),
  ],
);

export const variants = pgTable(
  'variants',
  {
    id: serial('id').primaryKey(),
    storyId: integer('story_id')
      .notNull()
      .references(() => stories.id, { onDelete: 'cascade' }),
    /** Null for the story-level list; set for the part of a variant inside one claim. */
    claimId: text('claim_id'),
    canonical: text('canonical').notNull(),
    // Only the engine writes these rows, so the column holds its vocabulary.
    type: text('type').$type<Variant['type']>().notNull(),
    forms: jsonb('forms').$type<Variant['forms']>().notNull(),
  },
  (table) => [index('variants_story_claim_idx').on(table.storyId, table.claimId)],
);

/** Where an old claim id now leads, so that permanent links survive re-analysis. */
export const claimRedirects = pgTable(
  'claim_redirects',
  {
    storyId: integer('story_id')
      .notNull()
      .references(() => stories.id, { onDelete: 'cascade' }),
    oldId: text('old_id').notNull(),
    newId: text('new_id').notNull(),
  },
  (table) => [primaryKey({ columns: [table.storyId, table.oldId] })],
);

/**
 * People's corrections of the engine's result. Applied after the engine on every analysis, oldest
 * first, so they survive re-analysis; undoing one sets `undoneAt` and analyses again.
 */
export const corrections = pgTable(
  'corrections',
  {
    id: serial('id').primaryKey(),
    storyId: integer('story_id')
      .notNull()
      .references(() => stories.id, { onDelete: 'cascade' }),
    change: jsonb('change').$type<CorrectionChange>().notNull(),
    /** Anonymous: a hash of the editor's token, so one person's edits can be told apart from another's. */
    editor: text('editor').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    undoneAt: timestamp('undone_at', { withTimezone: true }),
    undoneBy: text('undone_by'),
  },
  (table) => [index('corrections_story_idx').on(table.storyId, table.id)],
);

export type CorrectionRow = typeof corrections.$inferSelect;

/**
 * Writes per client in the current minute, so that every app server over one PostgreSQL counts
 * against the same limit (lib/server/write-limit.ts; an embedded database has one process, which
 * counts in memory). Unlogged: a counter lost in a crash costs nothing, and skipping the WAL keeps a
 * flood of refused writes from flushing it for every request.
 */
export const rateLimitWindows = pgTable(
  'rate_limit_windows',
  {
    key: text('key').primaryKey(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    hits: integer('hits').notNull(),
  },
  (table) => [index('rate_limit_windows_start_idx').on(table.windowStart)],
);

export type RateLimitWindowRow = typeof rateLimitWindows.$inferSelect;

/**
 * Idempotency-Key header values of POST /api/stories, with the first answer, so that a client that
 * retries (a timeout, a dropped connection) gets that answer back instead of a second story. A key is
 * kept for IDEMPOTENCY_KEY_HOURS (queries/idempotency.ts), then forgotten.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    key: text('key').primaryKey(),
    /** sha256 of the validated request body: the same key with another body is refused. */
    requestHash: text('request_hash').notNull(),
    /** The first answer's body. Written in the transaction that inserts the row, so never seen empty. */
    response: jsonb('response').$type<Record<string, unknown>>(),
    storyId: integer('story_id').references(() => stories.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('idempotency_keys_created_at_idx').on(table.createdAt)],
);

/**
 * A worksheet given to a class: its questions as they were built when the teacher gave it (a later
 * analysis of the story does not change what students answer), a short code students join with, and the
 * SHA-256 of the teacher's token (results and closing need it).
 */
export const assignments = pgTable(
  'assignments',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull(),
    storyId: integer('story_id')
      .notNull()
      .references(() => stories.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    options: jsonb('options').$type<LessonOptions>().notNull(),
    questions: jsonb('questions').$type<Question[]>().notNull(),
    teacherTokenHash: text('teacher_token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Set while the assignment takes no new students or answers. */
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (table) => [uniqueIndex('assignments_code_key').on(table.code)],
);

export type Assignment = typeof assignments.$inferSelect;

/** A student of an assignment: a first name or nickname (one per class) and the SHA-256 of their token. */
export const assignmentStudents = pgTable(
  'assignment_students',
  {
    id: serial('id').primaryKey(),
    assignmentId: integer('assignment_id')
      .notNull()
      .references(() => assignments.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** When the student handed the worksheet in; answers are final from then on. */
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
  },
  (table) => [uniqueIndex('assignment_students_name_key').on(table.assignmentId, sql`lower(${table.name})`)],
);

export type AssignmentStudent = typeof assignmentStudents.$inferSelect;

/** A student's latest answer to one question (by its index in the assignment), saved as they work. */
export const assignmentAnswers = pgTable(
  'assignment_answers',
  {
    studentId: integer('student_id')
      .notNull()
      .references(() => assignmentStudents.id, { onDelete: 'cascade' }),
    question: integer('question').notNull(),
    answer: jsonb('answer').$type<Answer>().notNull(),
    /** Whether the answer finds every difference and names only right types (checkAnswer). */
    allRight: boolean('all_right').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.studentId, table.question] })],
);

/**
 * A news feed (RSS or Atom) whose items may suggest stories. Polled by the worker (lib/server/feed-poll.ts):
 * a due feed is claimed with FOR UPDATE SKIP LOCKED and held by `claimedUntil`, so two app servers never
 * fetch one feed at once.
 */
export const feeds = pgTable(
  'feeds',
  {
    id: serial('id').primaryKey(),
    url: text('url').notNull(),
    /** The feed's own title, once read. */
    title: text('title'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    nextPollAt: timestamp('next_poll_at', { withTimezone: true }).notNull().defaultNow(),
    claimedUntil: timestamp('claimed_until', { withTimezone: true }),
    lastPolledAt: timestamp('last_polled_at', { withTimezone: true }),
    /** Why the last poll failed, in a sentence; null after a good one. */
    lastError: text('last_error'),
  },
  (table) => [uniqueIndex('feeds_url_key').on(table.url), index('feeds_due_idx').on(table.nextPollAt)],
);

export type Feed = typeof feeds.$inferSelect;

/** One item of a feed, kept as read (title, link, summary), with the event group the worker put it in. */
export const feedItems = pgTable(
  'feed_items',
  {
    id: serial('id').primaryKey(),
    feedId: integer('feed_id')
      .notNull()
      .references(() => feeds.id, { onDelete: 'cascade' }),
    /** The item's guid or id, else its link: what makes it the same item on the next poll. */
    key: text('key').notNull(),
    url: text('url').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    outlet: text('outlet'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    firstSeenAt: timestamp('first_seen_at', { withTimezone: true }).notNull().defaultNow(),
    /** The lowest item id of its event group (lib/analysis/event-groups.ts); null until grouped. */
    eventGroup: integer('event_group'),
  },
  (table) => [uniqueIndex('feed_items_key').on(table.feedId, table.key), index('feed_items_group_idx').on(table.eventGroup)],
);

export type FeedItem = typeof feedItems.$inferSelect;
