#pragma once
// Process-wide hardening that every program of the project applies first thing in main():
// files and directories it creates are private to the user (umask 077), a crash leaves no core
// file (face data and key material would be in it), and other processes of the same user cannot
// read its memory or /proc entries (PR_SET_DUMPABLE 0). Plain libc: the plugin host compiles
// this file too, without linking core.

namespace cd::process {

struct Hardening {
    bool umaskSet = false;
    bool coreDumpsOff = false;  // RLIMIT_CORE is 0
    bool notDumpable = false;   // PR_SET_DUMPABLE is 0
};

// `keepDumpable` leaves PR_SET_DUMPABLE alone (core dumps stay off); only the plugin host's
// memory-scan test asks for it (see docs/plugin-host-protocol.md, "Containment").
Hardening harden(bool keepDumpable = false);

// Marks every descriptor above stderr close-on-exec. Async-signal-safe: a child process
// modifier may call it between fork and exec.
void closeInheritedOnExec();

} // namespace cd::process
