package input

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// walkInputs walks the directory root for files with one of the
// extensions, in sorted order, skipping hidden entries. Each such file is
// passed to found, each entry skipped on purpose to warn, each entry that
// cannot be read to fail.
//
// root may be a symbolic link to a directory: the directory it points to
// is walked, and the files are still named under root, as the user gave
// it. Inside the tree symbolic links are not followed into directories
// (a link to a parent would never end); a link to a file is read.
//
// Only regular files are read. A named pipe would block the run until
// something writes to it, a device such as /dev/zero never ends, and a
// socket cannot be opened; met inside a directory they are skipped with a
// warning. (Named on the command line they are read as streams.)
func walkInputs(root string, found func(p string), warn func(p, msg string), fail func(p string, err error)) error {
	walkRoot := root
	if fi, err := os.Lstat(root); err == nil && fi.Mode()&fs.ModeSymlink != 0 {
		resolved, err := filepath.EvalSymlinks(root)
		if err != nil {
			return err
		}
		walkRoot = resolved
	}
	// shown names a path under walkRoot as the same path under root.
	shown := func(p string) string {
		if walkRoot == root {
			return p
		}
		rel, err := filepath.Rel(walkRoot, p)
		if err != nil {
			return p
		}
		return filepath.Join(root, rel)
	}
	return filepath.WalkDir(walkRoot, func(p string, d fs.DirEntry, err error) error {
		name := shown(p)
		if err != nil {
			fail(name, err)
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if p != walkRoot && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || !extensions[strings.ToLower(filepath.Ext(p))] {
			return nil
		}
		mode := d.Type()
		if mode&fs.ModeSymlink != 0 {
			fi, err := os.Stat(p)
			if err != nil {
				fail(name, err) // a dangling link: say so
				return nil
			}
			if fi.IsDir() {
				warn(name, "symbolic link to a directory inside a directory; not followed")
				return nil
			}
			mode = fi.Mode().Type()
		}
		if !mode.IsRegular() {
			warn(name, describeSpecial(mode)+", not a regular file; skipped (name it on the command line to read it as a stream)")
			return nil
		}
		found(name)
		return nil
	})
}

// describeSpecial names the kind of a file that is not regular.
func describeSpecial(mode fs.FileMode) string {
	switch {
	case mode&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case mode&fs.ModeSocket != 0:
		return "a socket"
	case mode&fs.ModeCharDevice != 0:
		return "a character device"
	case mode&fs.ModeDevice != 0:
		return "a device"
	}
	return "a special file"
}
