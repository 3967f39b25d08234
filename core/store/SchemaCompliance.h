#pragma once
// Schema steps of Part 5 (docs/compliance.md, docs/dashboard.md): impact assessments and vendor
// agreements; the filing record, incidents and notice checklists; the dashboard's indexes. Kept
// out of Schema.cpp, which holds the migrator and the other steps.
namespace cd::schema {
extern const char *const kStepCompliance;
extern const char *const kStepFilingIncidentsNotices;
extern const char *const kStepDashboardIndexes;
}
