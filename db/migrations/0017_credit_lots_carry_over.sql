-- Balances that existed before credit lots: one lot per account holding the whole balance, expiring
-- CREDIT_EXPIRY_DAYS' default (365 days) from now, so Σ remaining = balance holds from the start.
INSERT INTO credit_lots (user_id, entry_id, amount_cents, remaining_cents, expires_at)
SELECT user_id, NULL, balance_cents, balance_cents, now() + interval '365 days'
FROM credit_accounts
WHERE balance_cents > 0;
