#include "Schema.h"
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
)SQL";

const std::vector<const char *> &steps()
{
    static const std::vector<const char *> all = {kStep1};
    return all;
}

} // namespace

int latestVersion() { return int(steps().size()); }

Result<void> migrate(Database &db)
{
    // Read first: an up-to-date database is not write-locked (or written) just by opening it.
    auto before = db.queryInt("PRAGMA user_version");
    if (!before)
        return before.error();
    if (before.value() >= latestVersion())
        return {};
    Transaction tx(db);
    CD_TRY(tx.begin());
    auto current = db.queryInt("PRAGMA user_version");
    if (!current)
        return current.error();
    for (int v = int(current.value()); v < latestVersion(); ++v)
        CD_TRY(db.exec(steps()[v]));
    if (current.value() < latestVersion()) {
        CD_TRY(db.exec(("PRAGMA user_version = " + QByteArray::number(latestVersion())).constData()));
        CD_TRY(db.exec(("PRAGMA application_id = " + QByteArray::number(kApplicationId)).constData()));
    }
    return tx.commit();
}

} // namespace cd::schema
