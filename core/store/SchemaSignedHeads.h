#pragma once
// Schema step 14 (Part 6): the users' certified signing keys and the ledgers' signed heads.
// Kept out of Schema.cpp, which holds the earlier steps.
namespace cd::schema {
extern const char *const kStepSignedHeads;
}
