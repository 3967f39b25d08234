#include "Schema.h"
#include "SchemaCompliance.h"
#include "SchemaSignedHeads.h"
#include "Database.h"

#include <QByteArray>
#include <vector>

namespace cd::schema {

namespace {

// Times are UTC milliseconds since the epoch. Personal data lives only in `subjects`
// (and, from a later part, attachments); everything else points at a subject by id.
const char *const kStep1 = R"SQL(
CREATE TABLE meta(
  key   TEXT PRIMARY KEY,
  value BLOB NOT NULL
);
CREATE TABLE users(
  id           INTEGER PRIMARY KEY,
  name         TEXT NOT NULL UNIQUE COLLATE NOCASE,
  display_name TEXT NOT NULL,
  role         TEXT NOT NULL CHECK (role IN ('staff','officer','auditor')),
  active       INTEGER NOT NULL DEFAULT 1,
  created_at   INTEGER NOT NULL,
  removed_at   INTEGER
);
CREATE TABLE stores(
  id         INTEGER PRIMARY KEY,
  code       TEXT NOT NULL UNIQUE,
  name       TEXT NOT NULL,
  address    TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL
);
CREATE TABLE purposes(
  id                        INTEGER PRIMARY KEY,
  code                      TEXT NOT NULL UNIQUE,
  name_zh                   TEXT NOT NULL,
  name_en                   TEXT NOT NULL,
  legal_basis               TEXT NOT NULL,
  data_categories           TEXT NOT NULL,
  sensitive                 INTEGER NOT NULL DEFAULT 0,
  separate_consent_required INTEGER NOT NULL DEFAULT 0,
  retention_days            INTEGER NOT NULL CHECK (retention_days > 0),
  consent_validity_days     INTEGER NOT NULL DEFAULT 0 CHECK (consent_validity_days >= 0),
  revision                  INTEGER NOT NULL DEFAULT 1,
  active                    INTEGER NOT NULL DEFAULT 1,
  created_at                INTEGER NOT NULL,
  updated_at                INTEGER NOT NULL
);
CREATE TABLE notice_versions(
  id           INTEGER PRIMARY KEY,
  purpose_id   INTEGER NOT NULL REFERENCES purposes(id),
  version      INTEGER NOT NULL,
  text_zh      TEXT NOT NULL,
  text_en      TEXT NOT NULL,
  sha256       TEXT NOT NULL,
  effective_at INTEGER NOT NULL,
  created_by   INTEGER REFERENCES users(id),
  created_at   INTEGER NOT NULL,
  UNIQUE (purpose_id, version)
);
-- The notice a customer was shown is evidence: its text never changes once written.
CREATE TRIGGER notice_versions_immutable BEFORE UPDATE ON notice_versions
BEGIN SELECT RAISE(ABORT, 'notice versions are immutable'); END;
CREATE TRIGGER notice_versions_keep BEFORE DELETE ON notice_versions
WHEN EXISTS (SELECT 1 FROM consents WHERE notice_version_id = OLD.id)
BEGIN SELECT RAISE(ABORT, 'a consent refers to this notice version'); END;

CREATE TABLE subjects(
  id         INTEGER PRIMARY KEY,
  pseudonym  TEXT NOT NULL UNIQUE,
  name       TEXT NOT NULL,
  phone      TEXT NOT NULL DEFAULT '',
  birth_date TEXT,
  age_band   TEXT NOT NULL DEFAULT '',
  minor      INTEGER NOT NULL DEFAULT 0,
  store_id   INTEGER REFERENCES stores(id),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX subjects_phone ON subjects(phone);
CREATE INDEX subjects_name ON subjects(name);

CREATE TABLE consents(
  id                 INTEGER PRIMARY KEY,
  subject_id         INTEGER NOT NULL REFERENCES subjects(id),
  purpose_id         INTEGER NOT NULL REFERENCES purposes(id),
  purpose_revision   INTEGER NOT NULL,
  notice_version_id  INTEGER NOT NULL REFERENCES notice_versions(id),
  notice_sha256      TEXT NOT NULL,
  method             TEXT NOT NULL CHECK (method IN ('counter_tablet','paper_form','kiosk')),
  staff_user_id      INTEGER NOT NULL REFERENCES users(id),
  store_id           INTEGER NOT NULL REFERENCES stores(id),
  granted_at         INTEGER NOT NULL,
  separate_consent   INTEGER NOT NULL DEFAULT 0,
  guardian_name      TEXT,
  guardian_relation  TEXT,
  guardian_consent   INTEGER NOT NULL DEFAULT 0,
  status             TEXT NOT NULL DEFAULT 'granted'
                     CHECK (status IN ('granted','withdrawn','expired','superseded')),
  needs_renewal      INTEGER NOT NULL DEFAULT 0,
  expires_at         INTEGER,
  withdrawn_at       INTEGER,
  withdrawal_channel TEXT,
  withdrawn_by       INTEGER REFERENCES users(id)
);
-- (status) and (purpose_id) keep rowid order within a value: newest-first pages stay index walks.
CREATE INDEX consents_subject ON consents(subject_id, purpose_id);
CREATE INDEX consents_purpose ON consents(purpose_id);
CREATE INDEX consents_status ON consents(status);
CREATE INDEX consents_expiry ON consents(expires_at) WHERE expires_at IS NOT NULL;

CREATE TABLE audit_log(
  seq         INTEGER PRIMARY KEY,
  at          INTEGER NOT NULL,
  user_id     INTEGER,
  user_name   TEXT NOT NULL,
  action      TEXT NOT NULL,
  object_type TEXT NOT NULL,
  object_id   TEXT NOT NULL,
  detail      TEXT NOT NULL,
  prev_hash   BLOB NOT NULL,
  hash        BLOB NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
-- INSERT OR REPLACE deletes too: Database opens with recursive_triggers=ON so this trigger fires.
)SQL";

// Part 2: camera vendors, what each camera may do, the signs that cover each zone, enrolments,
// vendor jobs (erasures awaiting a receipt), aggregate visitor counts, and the deletion log.
const char *const kStep2 = R"SQL(
CREATE TABLE vendors(
  id          INTEGER PRIMARY KEY,
  code        TEXT NOT NULL UNIQUE,
  name        TEXT NOT NULL,
  version     TEXT NOT NULL,
  plugin_file TEXT NOT NULL,
  added_at    INTEGER NOT NULL
);
CREATE TABLE camera_zones(
  id        INTEGER PRIMARY KEY,
  vendor_id INTEGER NOT NULL REFERENCES vendors(id),
  zone_key  TEXT NOT NULL,
  name      TEXT NOT NULL,
  UNIQUE (vendor_id, zone_key)
);
CREATE TABLE camera_devices(
  id              INTEGER PRIMARY KEY,
  vendor_id       INTEGER NOT NULL REFERENCES vendors(id),
  device_key      TEXT NOT NULL,
  name            TEXT NOT NULL,
  zone_id         INTEGER REFERENCES camera_zones(id),
  mode            TEXT NOT NULL DEFAULT 'off' CHECK (mode IN ('off','count-only','identify-consented')),
  mode_changed_at INTEGER,
  mode_changed_by INTEGER REFERENCES users(id),
  mode_reason     TEXT,
  UNIQUE (vendor_id, device_key)
);
-- What is posted at a zone (Art. 26), since when, with a photo of it. Retired, never deleted.
CREATE TABLE sign_records(
  id                INTEGER PRIMARY KEY,
  zone_id           INTEGER NOT NULL REFERENCES camera_zones(id),
  notice_version_id INTEGER REFERENCES notice_versions(id),
  description       TEXT NOT NULL,
  posted_since      INTEGER NOT NULL,
  photo             BLOB,
  photo_sha256      TEXT,
  created_by        INTEGER REFERENCES users(id),
  created_at        INTEGER NOT NULL,
  retired_at        INTEGER
);
CREATE TABLE enrollments(
  id          INTEGER PRIMARY KEY,
  subject_id  INTEGER NOT NULL REFERENCES subjects(id),
  vendor_id   INTEGER NOT NULL REFERENCES vendors(id),
  consent_id  INTEGER NOT NULL REFERENCES consents(id),
  enrolled_at INTEGER NOT NULL,
  ended_at    INTEGER
);
CREATE INDEX enrollments_subject ON enrollments(subject_id, vendor_id);
CREATE INDEX enrollments_active ON enrollments(vendor_id) WHERE ended_at IS NULL;
-- A vendor erasure is done only when its receipt is in; until then it is pending and retried.
CREATE TABLE vendor_jobs(
  id              INTEGER PRIMARY KEY,
  vendor_id       INTEGER NOT NULL REFERENCES vendors(id),
  subject_id      INTEGER REFERENCES subjects(id),
  op              TEXT NOT NULL CHECK (op IN ('erase-subject','purge-before')),
  purge_before    INTEGER,
  reason          TEXT NOT NULL,
  reason_ref      TEXT NOT NULL,
  state           TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending','done')),
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL,
  last_error      TEXT,
  created_at      INTEGER NOT NULL,
  done_at         INTEGER,
  receipt_id      TEXT
);
CREATE INDEX vendor_jobs_due ON vendor_jobs(state, next_attempt_at);
CREATE TABLE visitor_counts(
  vendor_id  INTEGER NOT NULL REFERENCES vendors(id),
  zone_key   TEXT NOT NULL,
  hour_start INTEGER NOT NULL,
  visitors   INTEGER NOT NULL,
  PRIMARY KEY (vendor_id, zone_key, hour_start)
) WITHOUT ROWID;

-- What was deleted, why, by whom, when, with the vendor's receipt: never the data itself.
CREATE TABLE deletion_log(
  seq         INTEGER PRIMARY KEY,
  at          INTEGER NOT NULL,
  actor_id    INTEGER NOT NULL,
  actor_name  TEXT NOT NULL,
  reason      TEXT NOT NULL,
  reason_ref  TEXT NOT NULL,
  category    TEXT NOT NULL,
  subject_ref TEXT NOT NULL,
  location    TEXT NOT NULL,
  counts      TEXT NOT NULL,
  record_ids  TEXT NOT NULL,
  receipt_id  TEXT NOT NULL,
  digest      TEXT NOT NULL,
  prev_hash   BLOB NOT NULL,
  hash        BLOB NOT NULL
);
CREATE TRIGGER deletion_log_no_update BEFORE UPDATE ON deletion_log
BEGIN SELECT RAISE(ABORT, 'the deletion log is append-only'); END;
CREATE TRIGGER deletion_log_no_delete BEFORE DELETE ON deletion_log
BEGIN SELECT RAISE(ABORT, 'the deletion log is append-only'); END;

)SQL";

// Part 4: data-subject requests (PIPL Art. 44–50), their pauses and their timeline. The deadline
// is computed from these with the working-day calendar, never stored, so that adding a year's
// calendar file corrects every open deadline. One open request per customer and type.
const char *const kStep3 = R"SQL(
CREATE TABLE requests(
  id               INTEGER PRIMARY KEY,
  type             TEXT NOT NULL CHECK (type IN ('access','copy','portability','correction','deletion',
                                                 'withdrawal','restriction','explanation')),
  state            TEXT NOT NULL CHECK (state IN ('needs-identity','received','identity-verified','in-progress',
                                                  'awaiting-vendors','completed','refused','cancelled')),
  subject_id       INTEGER REFERENCES subjects(id),
  contact_name     TEXT NOT NULL DEFAULT '',
  contact_phone    TEXT NOT NULL DEFAULT '',
  channel          TEXT NOT NULL CHECK (channel IN ('counter','phone','online','letter')),
  details          TEXT NOT NULL DEFAULT '',
  store_id         INTEGER REFERENCES stores(id),
  received_at      INTEGER NOT NULL,
  received_on      TEXT NOT NULL,
  received_by      INTEGER NOT NULL REFERENCES users(id),
  response_days    INTEGER NOT NULL CHECK (response_days > 0),
  assigned_to      INTEGER REFERENCES users(id),
  identity_method  TEXT CHECK (identity_method IN ('id-document','phone-code','member-account')),
  identity_by      INTEGER REFERENCES users(id),
  identity_at      INTEGER,
  extension_days   INTEGER NOT NULL DEFAULT 0 CHECK (extension_days >= 0),
  extension_reason TEXT,
  refusal_reason   TEXT,
  refusal_letter   TEXT,
  closed_at        INTEGER,
  updated_at       INTEGER NOT NULL,
  CHECK (subject_id IS NOT NULL OR state IN ('needs-identity','refused','cancelled')),
  CHECK (state <> 'refused' OR length(trim(refusal_reason)) > 0)
);
CREATE INDEX requests_state ON requests(state);
CREATE UNIQUE INDEX requests_open_once ON requests(subject_id, type)
  WHERE subject_id IS NOT NULL AND state NOT IN ('completed','refused','cancelled');
CREATE TABLE request_pauses(
  id          INTEGER PRIMARY KEY,
  request_id  INTEGER NOT NULL REFERENCES requests(id),
  paused_on   TEXT NOT NULL,
  resumed_on  TEXT
);
CREATE INDEX request_pauses_request ON request_pauses(request_id);
CREATE TABLE request_events(
  id          INTEGER PRIMARY KEY,
  request_id  INTEGER NOT NULL REFERENCES requests(id),
  at          INTEGER NOT NULL,
  actor_id    INTEGER NOT NULL REFERENCES users(id),
  action      TEXT NOT NULL,
  from_state  TEXT NOT NULL,
  to_state    TEXT NOT NULL,
  note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX request_events_request ON request_events(request_id, id);
CREATE TRIGGER request_events_no_update BEFORE UPDATE ON request_events
BEGIN SELECT RAISE(ABORT, 'a request timeline is not rewritten'); END;
)SQL";

// Part 4: a customer's personal fields can be erased (PIPL Art. 47) while the row, its pseudonym
// and its consents stay as proof of what was agreed; erased_at says when (docs/erasure.md).
const char *const kStep4 = R"SQL(
ALTER TABLE subjects ADD COLUMN erased_at INTEGER;
)SQL";

// Part 4, fulfilment of requests (docs/requests.md, "Fulfilment"): the response letter of a
// fulfilled request (what was done and when; pseudonym, counts and receipts, never a name or
// phone) in the customer's language; and corrections' before/after values, kept apart from the
// timeline (which is never rewritten) so that erasing the customer can erase them too.
const char *const kStep5 = R"SQL(
ALTER TABLE requests ADD COLUMN letter_lang TEXT NOT NULL DEFAULT '';
ALTER TABLE requests ADD COLUMN response_letter TEXT NOT NULL DEFAULT '';
CREATE TABLE subject_corrections(
  id           INTEGER PRIMARY KEY,
  subject_id   INTEGER NOT NULL REFERENCES subjects(id),
  request_id   INTEGER REFERENCES requests(id),
  field        TEXT NOT NULL CHECK (field IN ('name','phone','birth-date')),
  before_value TEXT NOT NULL,
  after_value  TEXT NOT NULL,
  at           INTEGER NOT NULL,
  actor_id     INTEGER NOT NULL REFERENCES users(id)
);
CREATE INDEX subject_corrections_subject ON subject_corrections(subject_id);
CREATE INDEX subject_corrections_request ON subject_corrections(request_id);
)SQL";

// Part 4 item 6, retention timers (core/retention): when a consent was asked to be renewed (the
// grace period counts from then; the time is the purpose's revision or the new notice, both
// written with the console's clock in the transaction that marks the consents), when a closed
// request's details were erased, and a timeline note that may then be blanked, nothing else.
const char *const kStepRetention = R"SQL(
ALTER TABLE consents ADD COLUMN renewal_asked_at INTEGER;
UPDATE consents SET renewal_asked_at = max(
  (SELECT updated_at FROM purposes p WHERE p.id = consents.purpose_id),
  coalesce((SELECT max(created_at) FROM notice_versions n WHERE n.purpose_id = consents.purpose_id), 0))
WHERE needs_renewal = 1;
CREATE TRIGGER consents_renewal_asked AFTER UPDATE OF needs_renewal ON consents
WHEN NEW.needs_renewal = 1 AND OLD.needs_renewal = 0
BEGIN
  UPDATE consents SET renewal_asked_at = max(
    (SELECT updated_at FROM purposes p WHERE p.id = NEW.purpose_id),
    coalesce((SELECT max(created_at) FROM notice_versions n WHERE n.purpose_id = NEW.purpose_id), 0))
  WHERE id = NEW.id;
END;
ALTER TABLE requests ADD COLUMN erased_at INTEGER;
CREATE INDEX requests_closed ON requests(closed_at) WHERE closed_at IS NOT NULL AND erased_at IS NULL;
DROP TRIGGER request_events_no_update;
CREATE TRIGGER request_events_no_update BEFORE UPDATE ON request_events
WHEN NOT (NEW.note = '' AND NEW.id = OLD.id AND NEW.request_id = OLD.request_id AND NEW.at = OLD.at
          AND NEW.actor_id = OLD.actor_id AND NEW.action = OLD.action AND NEW.from_state = OLD.from_state
          AND NEW.to_state = OLD.to_state
          AND (SELECT erased_at FROM requests r WHERE r.id = OLD.request_id) IS NOT NULL)
BEGIN SELECT RAISE(ABORT, 'a request timeline is not rewritten'); END;
)SQL";

// Retention timers as well: the users table accepts the `jobs` role. SQLite 3.15 cannot ALTER a
// CHECK, and rebuilding `users` needs foreign_keys=OFF outside a transaction (migrations run in
// one). A CHECK that only accepts more values changes no stored byte, so this edits its text in
// sqlite_master as SQLite documents (lang_altertable, "making other kinds of table schema
// changes"): schema_version bumped in the same transaction, integrity checked before the commit,
// and this connection made to parse the schema again afterwards (reloadSchema).
Result<void> allowJobsRole(Database &db)
{
    CD_TRY(db.exec("PRAGMA writable_schema = ON"));
    auto edit = db.exec("UPDATE sqlite_master SET sql = replace(sql, "
                        "'CHECK (role IN (''staff'',''officer'',''auditor''))', "
                        "'CHECK (role IN (''staff'',''officer'',''auditor'',''jobs''))') "
                        "WHERE type = 'table' AND name = 'users'");
    auto off = db.exec("PRAGMA writable_schema = OFF");
    CD_TRY(edit);
    CD_TRY(off);
    auto version = db.queryInt("PRAGMA schema_version");
    if (!version)
        return version.error();
    CD_TRY(db.exec(("PRAGMA schema_version = " + QByteArray::number(version.value() + 1)).constData()));
    auto check = db.query("PRAGMA integrity_check");
    CD_TRY(check.single());
    if (check.text(0) != QLatin1String("ok"))
        return makeError(ErrorCode::Failed, QStringLiteral("integrity check after the users edit: %1").arg(check.text(0)));
    return {};
}

// A connection keeps the schema it parsed, and parses it again after rolling back a transaction
// that wrote the schema cookie. This writes the cookie's own value back: nothing changes on disk.
Result<void> reloadSchema(Database &db)
{
    auto version = db.queryInt("PRAGMA schema_version");
    if (!version)
        return version.error();
    return db.exec(("BEGIN IMMEDIATE; PRAGMA schema_version = " + QByteArray::number(version.value()) + "; ROLLBACK")
                       .constData());
}

// Part 4 item 1, OpenDSR import (core/requests/OpenDsrImport): the sender's subject_request_id,
// unique so that a file imported twice is refused, and the members of the original request that
// have no column here, as compact JSON (identity values are never kept).
const char *const kStepOpenDsr = R"SQL(
ALTER TABLE requests ADD COLUMN external_id TEXT;
ALTER TABLE requests ADD COLUMN external_json TEXT;
CREATE UNIQUE INDEX requests_external_id ON requests(external_id) WHERE external_id IS NOT NULL;
)SQL";

// Retention sweep at store scale (core/retention): a customer's consents and when each ended are
// read from the subject index alone, and the open requests of a customer without a table scan.
// The index keeps its (subject_id, purpose_id) prefix, so lookups by customer and purpose still use it.
const char *const kStepSweepIndexes = R"SQL(
DROP INDEX consents_subject;
CREATE INDEX consents_subject ON consents(subject_id, purpose_id, status, granted_at, withdrawn_at, expires_at);
CREATE INDEX requests_subject ON requests(subject_id) WHERE subject_id IS NOT NULL;
)SQL";

// Retention sweep at store scale (docs/erasure.md): when a customer's personal fields fall due
// is kept on the customer by triggers, so that the sweep reads what is due from one index instead
// of walking every consent of the store (2.5 s of a 10 s sweep at 1,000,000 customers). NULL while
// a consent is granted, none exists, or the fields are erased; else the latest end of a consent
// (withdrawn, expired, or superseded: its grant) plus its purpose's period. Guardian details are
// found through a small index of the consents that hold them.
#define CD_FIELDS_DUE_SQL(subject) \
    "(SELECT CASE WHEN max(c.status = 'granted') THEN NULL ELSE max(CASE c.status WHEN 'withdrawn' THEN " \
    "c.withdrawn_at WHEN 'expired' THEN c.expires_at ELSE c.granted_at END + p.retention_days * 86400000) END " \
    "FROM consents c JOIN purposes p ON p.id = c.purpose_id WHERE c.subject_id = " subject ")"
const char *const kStepFieldsDue =
    "ALTER TABLE subjects ADD COLUMN fields_due_at INTEGER;\n"
    "UPDATE subjects SET fields_due_at = " CD_FIELDS_DUE_SQL("subjects.id") " WHERE erased_at IS NULL;\n"
    "CREATE INDEX subjects_fields_due ON subjects(fields_due_at) WHERE fields_due_at IS NOT NULL;\n"
    // No trigger on INSERT: any trigger there makes SQLite keep a statement journal for every
    // registration, which SQLCipher encrypts, and that halved consent_insert on the encrypted
    // store. Consents are inserted granted (ConsentService), which clears the date (from step 11;
    // before, the sweep checked each candidate for a granted consent). The date is computed when
    // a consent ends and none stays granted.
    "CREATE TRIGGER consents_due_update AFTER UPDATE OF subject_id, purpose_id, status, granted_at, withdrawn_at, "
    "expires_at ON consents WHEN NOT EXISTS (SELECT 1 FROM consents WHERE subject_id = NEW.subject_id "
    "AND status = 'granted') BEGIN "
    "UPDATE subjects SET fields_due_at = " CD_FIELDS_DUE_SQL("NEW.subject_id")
    " WHERE id = NEW.subject_id AND erased_at IS NULL; END;\n"
    "CREATE TRIGGER purposes_due_update AFTER UPDATE OF retention_days ON purposes BEGIN "
    "UPDATE subjects SET fields_due_at = " CD_FIELDS_DUE_SQL("subjects.id")
    " WHERE erased_at IS NULL AND id IN (SELECT subject_id FROM consents WHERE purpose_id = NEW.id); END;\n"
    "CREATE INDEX consents_guardian ON consents(subject_id) "
    "WHERE guardian_name IS NOT NULL OR guardian_relation IS NOT NULL;\n";
#undef CD_FIELDS_DUE_SQL

// An erased customer's name and phone are '' (SubjectErasure): the two search indexes hold only
// customers who have them. A sweep that erases many rebuilds these indexes (IndexRebuild) and
// sorts only the kept customers: at 1,000,000 customers with 431,623 erased that cut the rebuild
// by about 40 %. A query can use them only if it says so: `phone = ?1 AND phone <> ''`,
// `name >= ?1 AND name < ?2 AND name <> ''` (SQLite needs the index's condition in the WHERE).
//
// The customer's due date is now cleared when a consent is granted (ConsentService), so that the
// sweep no longer checks every candidate for a granted consent (0.3-0.4 s of a 1,000,000-customer
// sweep): dates that a re-registration left on customers with a granted consent are cleared.
const char *const kStepPartialSearchIndexes = R"SQL(
UPDATE subjects SET fields_due_at = NULL WHERE fields_due_at IS NOT NULL
  AND EXISTS (SELECT 1 FROM consents c WHERE c.subject_id = subjects.id AND c.status = 'granted');
DROP INDEX subjects_phone;
DROP INDEX subjects_name;
CREATE INDEX subjects_phone ON subjects(phone) WHERE phone <> '';
CREATE INDEX subjects_name ON subjects(name) WHERE name <> '';
)SQL";

struct Step {
    Step(const char *stepSql, Result<void> (*stepThen)(Database &) = nullptr) : sql(stepSql), then(stepThen) {}
    const char *sql;
    Result<void> (*then)(Database &);  // what SQL text cannot do, run after `sql`
};

const std::vector<Step> &steps()
{
    static const std::vector<Step> all = {kStep1, kStep2, kStep3, kStep4, kStep5, kStepOpenDsr,
                                          Step(kStepRetention, &allowJobsRole), kStepSweepIndexes,
                                          kStepCompliance, kStepFieldsDue, kStepPartialSearchIndexes,
                                          kStepFilingIncidentsNotices, kStepDashboardIndexes,
                                          kStepSignedHeads};
    return all;
}

} // namespace

int latestVersion() { return int(steps().size()); }

Result<void> migrate(Database &db) { return migrateTo(db, latestVersion()); }

Result<void> migrateTo(Database &db, int target)
{
    target = qMin(target, latestVersion());
    // Read first: an up-to-date database is not write-locked (or written) just by opening it.
    auto before = db.queryInt("PRAGMA user_version");
    if (!before)
        return before.error();
    if (before.value() >= target)
        return {};
    Transaction tx(db);
    CD_TRY(tx.begin());
    auto current = db.queryInt("PRAGMA user_version");
    if (!current)
        return current.error();
    bool editedSchema = false;
    for (int v = int(current.value()); v < target; ++v) {
        CD_TRY(db.exec(steps()[v].sql));
        if (steps()[v].then) {
            CD_TRY(steps()[v].then(db));
            editedSchema = true;
        }
    }
    if (current.value() < target) {
        CD_TRY(db.exec(("PRAGMA user_version = " + QByteArray::number(target)).constData()));
        CD_TRY(db.exec(("PRAGMA application_id = " + QByteArray::number(kApplicationId)).constData()));
    }
    CD_TRY(tx.commit());
    return editedSchema ? reloadSchema(db) : Result<void>();
}

} // namespace cd::schema
