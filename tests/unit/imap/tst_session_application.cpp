// gtest_main provides main(); timers and queued calls in the session need a
// QCoreApplication, so one is made before any test runs.

#include <QCoreApplication>

namespace {

int argc = 1;
char programName[] = "tst_imap_session";
char *argv[] = { programName, nullptr };
// Reachable for the whole run, deliberately never destroyed: tests' objects
// may still be torn down after main() returns.
[[maybe_unused]] QCoreApplication *const application = new QCoreApplication(argc, argv);

} // namespace
