CREATE INDEX "articles_title_search_idx" ON "articles" USING gin (to_tsvector('english', coalesce("title", '')));--> statement-breakpoint
CREATE INDEX "claims_summary_search_idx" ON "claims" USING gin (to_tsvector('english', "summary"));--> statement-breakpoint
CREATE INDEX "stories_title_search_idx" ON "stories" USING gin (to_tsvector('english', "title"));