#pragma once
// The commands of consentdesk-cli. Each group (init/demo, user, purpose, consent, ledger) lives
// in its own file and returns its commands; main.cpp dispatches on the command path.
#include "CliArgs.h"

#include <functional>
#include <vector>

namespace cd::cli {

class Context;

struct Command {
    CommandSpec spec;
    // Runs the command and returns the process exit code (cd::ExitCode).
    std::function<int(Context &, const ParsedArgs &)> run;
};

std::vector<Command> initCommands();     // init, demo
std::vector<Command> userCommands();     // user add|remove|passwd|list
std::vector<Command> purposeCommands();  // purpose add|list
std::vector<Command> consentCommands();  // consent add|withdraw|list
std::vector<Command> ledgerCommands();   // verify-ledger
std::vector<Command> cameraCommands();   // plugins, camera, vendor
std::vector<Command> requestCommands();  // request add|list|show|advance|fulfil
std::vector<Command> retentionCommands();  // sweep, retention list
std::vector<Command> complianceCommands();  // piia add|approve|list, agreement set|list
std::vector<Command> recordCommands();      // filing show|record, incident add|list|notify-*|not-notifying|close
std::vector<Command> evidenceCommands();    // export-evidence
std::vector<Command> verifyEvidenceCommands();  // verify-evidence (no database)

} // namespace cd::cli
