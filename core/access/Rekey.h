#pragma once
// Changing the data key (PRAGMA rekey) together with the keyslot file, so that a kill at any
// point leaves a database that opens with the old key or the new one and a keyslot file that
// holds it. The journal is the keyslot file itself: docs/keyslots.md, "Re-keying".
#include "core/base/Result.h"
#include "core/store/Database.h"
#include "Keyslots.h"

#include <QCoreApplication>
#include <functional>
#include <memory>

namespace cd {

class Session;

// Step names are translated; `done`/`total` count pages while the database is re-encrypted, else 0/0.
using RekeyProgress = std::function<void(const QString &step, qint64 done, qint64 total)>;

class Rekey {
    Q_DECLARE_TR_FUNCTIONS(cd::Rekey)
public:
    // `edited` is `original` with the slots already changed (a user's slot removed or re-sealed).
    // Writes the journal (every remaining slot sealed for the current and a fresh key; slots
    // missing from `edited` are in no file from here on), runs `databaseChange` (its own
    // transaction), re-encrypts the database, writes the final file and gives the session the new
    // key. If `databaseChange` fails, `original` is written back and nothing changed.
    static Result<void> run(Session &session, const KeyslotFile &original, KeyslotFile edited,
                            const std::function<Result<void>()> &databaseChange, const RekeyProgress &progress = {});

    // Opens the database for an unlock. With a pending journal, tries the current key, then the
    // next; finishes the change (re-encrypting when the database is still under the old key) and
    // leaves in `opened.key` the key the database opens with.
    static Result<std::unique_ptr<Database>> open(const QString &dbPath, KeyslotFile &keyslots,
                                                  KeyslotFile::Opened &opened, const OpenOptions &options);
};

} // namespace cd
