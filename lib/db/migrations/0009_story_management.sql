CREATE TABLE "removed_stories" (
	"slug" text PRIMARY KEY NOT NULL,
	"removed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "stories" ADD COLUMN "edit_token_hash" text;--> statement-breakpoint
ALTER TABLE "stories" ADD COLUMN "unlisted" boolean DEFAULT false NOT NULL;