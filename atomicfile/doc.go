// Package atomicfile writes files so that a reader, or a later run, sees
// either the old contents or the complete new contents, never a half-written
// file: the data goes to a temporary file in the same directory, is synced
// to disk, and is renamed over the target only once everything succeeded.
//
// Temporary files are named ".<name>.quotecheck-tmp-<pid>-<random>". A
// process killed outright (SIGKILL, a crash) cannot remove its own, so
// every write first removes, in its directory, those whose process no
// longer exists and those older than an hour (pids are reused; no report
// takes that long to write). An interrupt that cancels WriteContext's
// context removes the temporary file and leaves the target untouched.
package atomicfile
