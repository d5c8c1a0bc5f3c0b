ALTER TYPE "public"."notification_kind" ADD VALUE 'PAYMENT_DECLINED';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'REFUND_DUE';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'REFUND_DUE_DIGEST';