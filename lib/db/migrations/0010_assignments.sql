CREATE TABLE "assignment_answers" (
	"student_id" integer NOT NULL,
	"question" integer NOT NULL,
	"answer" jsonb NOT NULL,
	"all_right" boolean NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assignment_answers_student_id_question_pk" PRIMARY KEY("student_id","question")
);
--> statement-breakpoint
CREATE TABLE "assignment_students" (
	"id" serial PRIMARY KEY NOT NULL,
	"assignment_id" integer NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "assignments" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"story_id" integer NOT NULL,
	"title" text NOT NULL,
	"options" jsonb NOT NULL,
	"questions" jsonb NOT NULL,
	"teacher_token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "assignment_answers" ADD CONSTRAINT "assignment_answers_student_id_assignment_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."assignment_students"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_students" ADD CONSTRAINT "assignment_students_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "assignment_students_name_key" ON "assignment_students" USING btree ("assignment_id",lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "assignments_code_key" ON "assignments" USING btree ("code");