CREATE TABLE "articles" (
	"id" text PRIMARY KEY NOT NULL,
	"story_id" integer NOT NULL,
	"position" integer NOT NULL,
	"outlet" text,
	"url" text,
	"published_at" date,
	"title" text,
	"source_format" text NOT NULL,
	"source" text NOT NULL,
	"source_file" text,
	"content_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stories" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "articles_story_id_idx" ON "articles" USING btree ("story_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "articles_story_content_key" ON "articles" USING btree ("story_id","content_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "stories_slug_key" ON "stories" USING btree ("slug");