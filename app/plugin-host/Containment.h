#pragma once
// What the plugin host does to itself before any vendor code runs (docs/plugin-host-protocol.md,
// "Containment"): it closes inherited descriptors, keeps only the environment it expects, turns off
// core dumps and ptrace-style reading of its memory, and, where the kernel offers Landlock,
// confines its file access to its vendor's data directory (read-write), the plugin file and the
// system's libraries and data (read-only). Each step that took effect is named in the hello, so
// the console can show which containment is active.
#include <QString>
#include <QStringList>

namespace host {

// Before QCoreApplication: descriptors, umask, core dumps, dumpability. `argv` is only searched
// for --keep-dumpable (the memory-scan test's opt-out). Returns the steps that took effect.
QStringList hardenEarly(int argc, char **argv);

// Names every environment variable outside the expected minimal set; empty means minimal.
QStringList unexpectedEnvironment();

// Makes the data directory and everything in it private to the user (0700 / 0600), for files a
// plugin wrote before the host set its umask.
void tightenModes(const QString &dataDir);

// Applies the Landlock ruleset. Returns the step that took effect ("landlock-abi-N", and
// "landlock-scoped" from ABI 6), or an empty list with *why set when the kernel offers none.
QStringList confineFiles(const QString &dataDir, const QString &pluginFile, QString *why);

} // namespace host
