#pragma once
// Writes that survive a crash or a power cut: the keyslot file is replaced whole, the checkpoint
// file only grows, and an evidence package appears by rename. Each returns false with the
// system's reason in `why` (untranslated; callers wrap it in their own message).
#include <QByteArray>
#include <QString>

namespace cd::durable {

// Writes a temporary file beside `path` (mode 0600), syncs it, renames it over `path` and syncs
// the directory: after a crash `path` is the old file or the new one, never a mix.
bool replaceFile(const QString &path, const QByteArray &bytes, QString *why);
// Appends `bytes` to `path` (created 0600) and syncs it before returning.
bool appendToFile(const QString &path, const QByteArray &bytes, QString *why);
// Syncs the directory that holds `path`, so that a rename inside it is on disk.
bool syncDirectoryOf(const QString &path, QString *why);

} // namespace cd::durable
