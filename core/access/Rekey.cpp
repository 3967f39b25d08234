#include "Rekey.h"
#include "Session.h"

Q_LOGGING_CATEGORY(lcRekey, "consentdesk.access.rekey")

namespace cd {

Result<void> Rekey::run(Session &session, const KeyslotFile &original, KeyslotFile edited,
                        const std::function<Result<void>()> &databaseChange, const RekeyProgress &progress)
{
    auto step = [&](const QString &what, qint64 done = 0, qint64 total = 0) {
        if (progress)
            progress(what, done, total);
    };
    const QString path = session.keyslotPath();
    Database &db = session.db();
    // Every other connection would go on with the old key and fail: the database must be ours
    // alone. Leaving WAL fails while anyone else has it open, so ask before changing anything.
    if (auto alone = db.setWal(false); !alone) {
        (void)db.setWal(true);
        return makeError(alone.error().code,
                         tr("Nothing was changed: another console or command has the database open, and the "
                            "database key can only be changed while it is open here alone. Close the others and "
                            "try again."));
    }
    SecretBytes next = SecretBytes::random(KeyslotFile::kDataKeyBytes);
    step(tr("Sealing the new key for every remaining keyslot"));
    auto journal = edited.beginRekey(next);
    if (journal)
        journal = edited.save(path, session.dataKey(), &next);
    if (!journal) {
        (void)db.setWal(true);
        return journal.error();
    }

    if (auto changed = databaseChange(); !changed) {
        // Nothing was committed: the file goes back to what it was.
        (void)db.setWal(true);
        if (auto restored = original.save(path, session.dataKey()); !restored)
            qCWarning(lcRekey) << "the keyslot file could not be restored; the next unlock finishes the journal";
        return changed.error();
    }

    auto rekeyed = db.rekey(next, [&](qint64 done, qint64 total) {
        step(tr("Re-encrypting the database"), done, total);
    });
    if (!rekeyed) {
        // Still under the current key: the change is kept, the journal is closed without it.
        KeyslotFile current = edited;
        current.finishRekey(false);
        if (auto saved = current.save(path, session.dataKey()); !saved)
            qCWarning(lcRekey) << "the journal could not be closed; the next unlock finishes it";
        return makeError(rekeyed.error().code,
                         tr("The change was saved, but the database key could not be changed: %1 "
                            "A copy of the keyslot file from before the change still opens the database until the "
                            "key is changed; try again when nothing else has the database open.")
                             .arg(rekeyed.error().message));
    }
    // From here the database opens only with the new key: the session switches before anything
    // can fail, and a failed final write leaves the journal for the next unlock to finish.
    session.replaceDataKey(std::move(next));
    step(tr("Writing the keyslot file"));
    edited.finishRekey(true);
    CD_TRY(edited.save(path, session.dataKey()));
    step(tr("Done"));
    return {};
}

Result<std::unique_ptr<Database>> Rekey::open(const QString &dbPath, KeyslotFile &keyslots,
                                              KeyslotFile::Opened &opened, const OpenOptions &options)
{
    auto db = Database::open(dbPath, &opened.key, options);
    if (!keyslots.isPending())
        return db;
    const QString path = KeyslotFile::pathFor(dbPath);
    if (db) {
        // The journal was written but the database was never re-encrypted: finish the change.
        if (auto r = db.value()->rekey(opened.next); !r) {
            qCWarning(lcRekey) << "a pending re-key could not be finished now; the next unlock tries again";
            return db;
        }
    } else if (db.error().code == ErrorCode::NotADatabase) {
        db = Database::open(dbPath, &opened.next, options);
        if (!db)
            return db;
    } else {
        return db;
    }
    opened.key = std::move(opened.next);
    opened.next = SecretBytes();
    keyslots.finishRekey(true);
    if (auto saved = keyslots.save(path, opened.key); !saved)
        qCWarning(lcRekey) << "the keyslot journal could not be closed; the next unlock tries again";
    qCInfo(lcRekey) << "finished a re-key that had been interrupted";
    return db;
}

} // namespace cd
