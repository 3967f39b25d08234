#include "SchemaCompliance.h"

namespace cd::schema {

// Part 5 items 1-2 (core/compliance, docs/compliance.md): impact assessments (PIPL Art. 55-56),
// one numbered version after another per purpose (by code) or per recognising camera zone
// ("vendor/zone"), with their attachments (inside the encrypted database); and the
// entrusted-processing agreements with vendors (Art. 21), versioned per vendor code. Both are
// keyed by text because an assessment or a contract comes before the purpose or the vendor's
// zones are in the console. Neither is ever deleted; an approved PIIA and a written agreement
// version are not changed (a new version is written). The vendor's declared processing location
// is recorded from its plugin's checked metadata.
const char *const kStepCompliance = R"SQL(
ALTER TABLE vendors ADD COLUMN face_processing TEXT NOT NULL DEFAULT ''
  CHECK (face_processing IN ('','on-device','store-server','cloud'));
CREATE TABLE piias(
  id          INTEGER PRIMARY KEY,
  scope       TEXT NOT NULL CHECK (scope IN ('purpose','zone')),
  subject     TEXT NOT NULL,
  version     INTEGER NOT NULL CHECK (version > 0),
  title       TEXT NOT NULL,
  legality    TEXT NOT NULL,
  impact      TEXT NOT NULL,
  measures    TEXT NOT NULL,
  review_on   TEXT NOT NULL,
  keep_until  TEXT NOT NULL,
  created_by  INTEGER REFERENCES users(id),
  created_at  INTEGER NOT NULL,
  approved_by INTEGER REFERENCES users(id),
  approved_at INTEGER,
  approved_on TEXT,
  UNIQUE (scope, subject, version),
  CHECK ((approved_by IS NULL) = (approved_on IS NULL))
);
CREATE TRIGGER piias_keep BEFORE DELETE ON piias
BEGIN SELECT RAISE(ABORT, 'impact assessments are kept (PIPL Art. 56)'); END;
CREATE TRIGGER piias_approved_fixed BEFORE UPDATE ON piias WHEN OLD.approved_on IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'an approved impact assessment is not changed; write a new version'); END;
CREATE TABLE piia_attachments(
  id        INTEGER PRIMARY KEY,
  piia_id   INTEGER NOT NULL REFERENCES piias(id),
  file_name TEXT NOT NULL,
  content   BLOB NOT NULL,
  sha256    TEXT NOT NULL,
  added_by  INTEGER REFERENCES users(id),
  added_at  INTEGER NOT NULL
);
CREATE INDEX piia_attachments_piia ON piia_attachments(piia_id);
CREATE TRIGGER piia_attachments_keep BEFORE DELETE ON piia_attachments
BEGIN SELECT RAISE(ABORT, 'impact assessments are kept (PIPL Art. 56)'); END;
CREATE TRIGGER piia_attachments_fixed BEFORE UPDATE ON piia_attachments
BEGIN SELECT RAISE(ABORT, 'an attachment is not changed; add another'); END;
CREATE TABLE vendor_agreements(
  id             INTEGER PRIMARY KEY,
  vendor_code    TEXT NOT NULL,
  version        INTEGER NOT NULL CHECK (version > 0),
  reference      TEXT NOT NULL DEFAULT '',
  purpose        TEXT NOT NULL DEFAULT '',
  method         TEXT NOT NULL DEFAULT '',
  categories     TEXT NOT NULL DEFAULT '',
  protection     TEXT NOT NULL DEFAULT '',
  end_of_term    TEXT NOT NULL DEFAULT '' CHECK (end_of_term IN ('','delete','return')),
  sub_processors TEXT NOT NULL DEFAULT '',
  location       TEXT NOT NULL DEFAULT '' CHECK (location IN ('','on-device','store-server','cloud')),
  valid_from     TEXT,
  valid_until    TEXT,
  document       BLOB,
  document_sha256 TEXT,
  created_by     INTEGER REFERENCES users(id),
  created_at     INTEGER NOT NULL,
  UNIQUE (vendor_code, version)
);
CREATE TRIGGER vendor_agreements_fixed BEFORE UPDATE ON vendor_agreements
BEGIN SELECT RAISE(ABORT, 'an agreement version is not changed; write a new version'); END;
CREATE TRIGGER vendor_agreements_keep BEFORE DELETE ON vendor_agreements
BEGIN SELECT RAISE(ABORT, 'agreements are kept as records of entrusted processing'); END;
)SQL";

// Part 5's remaining records (docs/compliance.md). The filing with the authority once the store
// holds face data about 100,000 people: one row per crossing, the deadline computed when it is
// recorded (30 working days), the filing itself written once; a crossing that only a lowered
// threshold made is withdrawn, with the reason, when the threshold is raised above the count. Security incidents (PIPL Art. 57),
// whose notifications are recorded as they happen and which are never deleted. A notice
// version's checklist items (Art. 17, 30), as immutable as the notice itself.
const char *const kStepFilingIncidentsNotices = R"SQL(
CREATE TABLE filing_records(
  id               INTEGER PRIMARY KEY,
  crossed_on       TEXT NOT NULL,
  holders          INTEGER NOT NULL,
  threshold        INTEGER NOT NULL,
  deadline_on      TEXT NOT NULL,
  deadline_estimated INTEGER NOT NULL DEFAULT 0,
  filed_on         TEXT,
  authority        TEXT,
  reference        TEXT,
  document_name    TEXT,
  document         BLOB,
  document_sha256  TEXT,
  filed_by         INTEGER REFERENCES users(id),
  filed_at         INTEGER,
  withdrawn_at     INTEGER,
  withdrawn_reason TEXT,
  created_at       INTEGER NOT NULL,
  CHECK ((filed_on IS NULL) = (authority IS NULL) AND (filed_on IS NULL) = (reference IS NULL)),
  CHECK (filed_on IS NULL OR withdrawn_at IS NULL)
);
CREATE TRIGGER filing_records_keep BEFORE DELETE ON filing_records
BEGIN SELECT RAISE(ABORT, 'filing records are kept'); END;
CREATE TRIGGER filing_records_filed_fixed BEFORE UPDATE ON filing_records
WHEN OLD.filed_on IS NOT NULL OR OLD.withdrawn_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a recorded filing is not changed'); END;
CREATE TABLE incidents(
  id                    INTEGER PRIMARY KEY,
  title                 TEXT NOT NULL,
  description           TEXT NOT NULL,
  occurred_at           INTEGER,
  found_at              INTEGER NOT NULL,
  categories            TEXT NOT NULL,
  people_affected       INTEGER NOT NULL CHECK (people_affected >= 0),
  measures              TEXT NOT NULL,
  authority_notified_at INTEGER,
  authority_name        TEXT,
  people_notified_at    INTEGER,
  people_not_notified_reason TEXT,
  closed_at             INTEGER,
  created_by            INTEGER REFERENCES users(id),
  created_at            INTEGER NOT NULL
);
CREATE INDEX incidents_open ON incidents(found_at) WHERE closed_at IS NULL;
CREATE TRIGGER incidents_keep BEFORE DELETE ON incidents
BEGIN SELECT RAISE(ABORT, 'incidents are kept (PIPL Art. 57)'); END;
CREATE TRIGGER incidents_closed_fixed BEFORE UPDATE ON incidents WHEN OLD.closed_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a closed incident is not changed'); END;
CREATE TABLE notice_items(
  notice_version_id INTEGER NOT NULL REFERENCES notice_versions(id),
  item              TEXT NOT NULL,
  value             TEXT NOT NULL,
  PRIMARY KEY (notice_version_id, item)
) WITHOUT ROWID;
CREATE TRIGGER notice_items_fixed BEFORE UPDATE ON notice_items
BEGIN SELECT RAISE(ABORT, 'a notice version is immutable'); END;
CREATE TRIGGER notice_items_keep BEFORE DELETE ON notice_items
BEGIN SELECT RAISE(ABORT, 'a notice version is immutable'); END;
)SQL";

// Part 5 item 7, the dashboard (core/analytics, docs/dashboard.md): consents are counted per
// purpose, status and period of grant, and withdrawals per purpose and period, as index ranges;
// without these the figures walked every consent of the store (dashboard_refresh: 0.69 s of 0.83 s
// at 1,000,000 consents). The withdrawn index holds only withdrawn consents.
const char *const kStepDashboardIndexes = R"SQL(
CREATE INDEX consents_granted ON consents(purpose_id, status, granted_at);
CREATE INDEX consents_withdrawn ON consents(purpose_id, withdrawn_at) WHERE withdrawn_at IS NOT NULL;
)SQL";

} // namespace cd::schema
