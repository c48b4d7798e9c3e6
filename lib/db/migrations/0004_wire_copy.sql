ALTER TABLE "articles" ADD COLUMN "source_group" integer;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "agency" text;