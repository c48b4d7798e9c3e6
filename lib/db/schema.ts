import { date, index, integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

export const stories = pgTable(
  'stories',
  {
    id: serial('id').primaryKey(),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('stories_slug_key').on(table.slug)],
);

export type Story = typeof stories.$inferSelect;
export type NewStory = typeof stories.$inferInsert;

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
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('articles_story_id_idx').on(table.storyId, table.position),
    uniqueIndex('articles_story_content_key').on(table.storyId, table.contentHash),
  ],
);

export type Article = typeof articles.$inferSelect;
export type NewArticle = typeof articles.$inferInsert;

