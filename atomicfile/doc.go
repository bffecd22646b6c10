// Package atomicfile writes files so that a reader, or a later run, sees
// either the old contents or the complete new contents, never a half-written
// file: the data goes to a temporary file in the same directory, is synced
// to disk, and is renamed over the target only once everything succeeded.
package atomicfile
