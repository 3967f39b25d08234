#pragma once
// What the plugin host does to itself before any vendor code runs (docs/plugin-host-protocol.md,
// "Containment"): it closes inherited descriptors, keeps only the environment it expects, turns off
// core dumps and ptrace-style reading of its memory, and, where the kernel offers Landlock,
// confines its file access to its vendor's data directory (read-write), the plugin file and the
// system's libraries and data (read-only). Each step that took effect is named in the hello, so
// the console can show which containment is active.
#include <QJsonObject>
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

// Where a vendor reads its cameras from besides the network: "sourcePaths" in the vendor's own
// section of the settings (settings[<vendor id>]), e.g. a video file for a demo or a V4L2 device.
// Files are granted read-only; a device under /dev/ read, write and ioctl (V4L2 needs them).
QStringList sourcePaths(const QJsonObject &settings, const QString &vendorId);

// Applies the Landlock ruleset. Returns the step that took effect ("landlock-abi-N", and
// "landlock-scoped" from ABI 6), or an empty list with *why set when the kernel offers none.
QStringList confineFiles(const QString &dataDir, const QString &pluginFile, const QStringList &sources,
                         QString *why);

} // namespace host
