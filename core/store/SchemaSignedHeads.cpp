#include "SchemaSignedHeads.h"

namespace cd::schema {

// signing_keys: one row per key a user was given; the certificate and the revocation are the
// store identity's signatures (SigningKeys). A key is revoked once and then fixed.
// ledger_heads: one per commit that grew a ledger, signed by the acting user, never changed.
// The triggers stop the console's own mistakes; a key holder can drop them, which the
// signatures are for.
const char *const kStepSignedHeads = R"SQL(
CREATE TABLE signing_keys (
  id           INTEGER PRIMARY KEY,
  user_id      INTEGER NOT NULL,
  user_name    TEXT NOT NULL,
  role         TEXT NOT NULL,
  public_key   BLOB NOT NULL UNIQUE,
  issued_at    INTEGER NOT NULL,
  certificate  BLOB NOT NULL,
  revoked_at   INTEGER,
  revocation   BLOB
);
CREATE INDEX signing_keys_user ON signing_keys(user_id);
CREATE TRIGGER signing_keys_no_delete BEFORE DELETE ON signing_keys
BEGIN SELECT RAISE(ABORT, 'signing keys are never deleted'); END;
CREATE TRIGGER signing_keys_revoke_once BEFORE UPDATE ON signing_keys
WHEN OLD.revoked_at IS NOT NULL OR NEW.id IS NOT OLD.id OR NEW.user_id IS NOT OLD.user_id
  OR NEW.public_key IS NOT OLD.public_key
  OR (NEW.certificate IS NOT OLD.certificate AND length(OLD.certificate) > 0)
  OR NEW.issued_at IS NOT OLD.issued_at OR NEW.role IS NOT OLD.role OR NEW.user_name IS NOT OLD.user_name
BEGIN SELECT RAISE(ABORT, 'a signing key is only ever revoked'); END;

CREATE TABLE ledger_heads (
  id             INTEGER PRIMARY KEY,
  at             INTEGER NOT NULL,
  user_id        INTEGER NOT NULL,
  key_id         INTEGER NOT NULL,
  audit_seq      INTEGER NOT NULL,
  audit_hash     BLOB NOT NULL,
  deletion_seq   INTEGER NOT NULL,
  deletion_hash  BLOB NOT NULL,
  prev           BLOB NOT NULL,
  signature      BLOB NOT NULL
);
CREATE INDEX ledger_heads_audit ON ledger_heads(audit_seq);
CREATE TRIGGER ledger_heads_no_update BEFORE UPDATE ON ledger_heads
BEGIN SELECT RAISE(ABORT, 'ledger heads are append-only'); END;
CREATE TRIGGER ledger_heads_no_delete BEFORE DELETE ON ledger_heads
BEGIN SELECT RAISE(ABORT, 'ledger heads are append-only'); END;

-- Rows written before signatures began (a store from before Part 6) are vouched for by the hash
-- chain and the first head only; the store identity signs these values (signing_genesis).
INSERT INTO meta(key, value) SELECT 'signing_since',
  (SELECT coalesce(max(seq), 0) FROM audit_log) || ' ' || (SELECT coalesce(max(seq), 0) FROM deletion_log);
)SQL";

} // namespace cd::schema
