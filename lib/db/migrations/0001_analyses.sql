CREATE TABLE "analyses" (
	"id" serial PRIMARY KEY NOT NULL,
	"story_id" integer NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"stage" text DEFAULT 'queued' NOT NULL,
	"articles_total" integer DEFAULT 0 NOT NULL,
	"articles_done" integer DEFAULT 0 NOT NULL,
	"engine_version" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"heartbeat_at" timestamp with time zone,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "claim_redirects" (
	"story_id" integer NOT NULL,
	"old_id" text NOT NULL,
	"new_id" text NOT NULL,
	CONSTRAINT "claim_redirects_story_id_old_id_pk" PRIMARY KEY("story_id","old_id")
);
--> statement-breakpoint
CREATE TABLE "claims" (
	"story_id" integer NOT NULL,
	"id" text NOT NULL,
	"analysis_id" integer NOT NULL,
	"position" integer NOT NULL,
	"summary" text NOT NULL,
	"outlet_count" integer NOT NULL,
	"discrepancy_count" integer NOT NULL,
	CONSTRAINT "claims_story_id_id_pk" PRIMARY KEY("story_id","id")
);
--> statement-breakpoint
CREATE TABLE "discrepancies" (
	"story_id" integer NOT NULL,
	"claim_id" text NOT NULL,
	"position" integer NOT NULL,
	"type" text NOT NULL,
	"article_ids" text[] NOT NULL,
	"values" jsonb NOT NULL,
	"spans" jsonb NOT NULL,
	"explanation" text NOT NULL,
	CONSTRAINT "discrepancies_story_id_claim_id_position_pk" PRIMARY KEY("story_id","claim_id","position")
);
--> statement-breakpoint
CREATE TABLE "mentions" (
	"story_id" integer NOT NULL,
	"claim_id" text NOT NULL,
	"position" integer NOT NULL,
	"article_id" text NOT NULL,
	"start" integer NOT NULL,
	"end" integer NOT NULL,
	"text" text NOT NULL,
	CONSTRAINT "mentions_story_id_claim_id_position_pk" PRIMARY KEY("story_id","claim_id","position")
);
--> statement-breakpoint
CREATE TABLE "variants" (
	"id" serial PRIMARY KEY NOT NULL,
	"story_id" integer NOT NULL,
	"claim_id" text,
	"canonical" text NOT NULL,
	"type" text NOT NULL,
	"forms" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "text" text;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "excluded" jsonb;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "detected_published_at" date;--> statement-breakpoint
ALTER TABLE "analyses" ADD CONSTRAINT "analyses_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_redirects" ADD CONSTRAINT "claim_redirects_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_analysis_id_analyses_id_fk" FOREIGN KEY ("analysis_id") REFERENCES "public"."analyses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discrepancies" ADD CONSTRAINT "discrepancies_story_id_claim_id_claims_story_id_id_fk" FOREIGN KEY ("story_id","claim_id") REFERENCES "public"."claims"("story_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentions" ADD CONSTRAINT "mentions_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentions" ADD CONSTRAINT "mentions_story_id_claim_id_claims_story_id_id_fk" FOREIGN KEY ("story_id","claim_id") REFERENCES "public"."claims"("story_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "variants" ADD CONSTRAINT "variants_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "analyses_status_idx" ON "analyses" USING btree ("status","id");--> statement-breakpoint
CREATE INDEX "analyses_story_idx" ON "analyses" USING btree ("story_id","id");--> statement-breakpoint
CREATE INDEX "claims_story_position_idx" ON "claims" USING btree ("story_id","position");--> statement-breakpoint
CREATE INDEX "mentions_article_idx" ON "mentions" USING btree ("article_id");--> statement-breakpoint
CREATE INDEX "variants_story_claim_idx" ON "variants" USING btree ("story_id","claim_id");