package atomicfile

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
)

// defaultPerm is the mode of a newly created file before the umask, the
// same as os.Create's. (os.CreateTemp would give 0600 and make reports
// unreadable to other users.)
const defaultPerm fs.FileMode = 0o666

// Write calls fn with a writer for a temporary file next to path and, when
// fn and every later step succeed, renames the temporary file to path.
//
// On any failure the temporary file is removed, an existing file at path is
// left untouched, and the error names path. An existing file keeps its
// permission bits.
func Write(path string, fn func(w io.Writer) error) error {
	return WriteContext(context.Background(), path, fn)
}

// WriteContext is Write that gives up, leaving path as it was and removing
// its temporary file, when ctx is cancelled (an interrupt) before the
// rename; the error then wraps ctx's error.
func WriteContext(ctx context.Context, path string, fn func(w io.Writer) error) error {
	if path == "" {
		return errors.New("write: empty file name")
	}
	var keepPerm fs.FileMode // 0: a new file, mode from defaultPerm and the umask
	switch fi, statErr := os.Stat(path); {
	case statErr == nil && fi.IsDir():
		return fmt.Errorf("write %s: is a directory", path)
	case statErr == nil && !fi.Mode().IsRegular():
		// Renaming over a device or a pipe would replace it, not write
		// to it; refuse rather than surprise.
		return fmt.Errorf("write %s: not a regular file", path)
	case statErr == nil:
		keepPerm = fi.Mode().Perm()
	case !errors.Is(statErr, fs.ErrNotExist):
		return fmt.Errorf("write %s: %w", path, statErr)
	}

	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	removeStale(dir, staleAge)
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	tmp, err := createTemp(dir, base)
	if err != nil {
		return fmt.Errorf("write %s: %w", path, unwrapPath(err))
	}
	tmpName := tmp.Name()
	done, closed := false, false
	defer func() {
		// Runs on every error return and when fn panics (the panic goes
		// on), so no temporary file is ever left behind.
		if !done {
			if !closed {
				tmp.Close()
			}
			os.Remove(tmpName)
		}
	}()

	bw := bufio.NewWriter(tmp)
	if err := fn(bw); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write %s: %w", path, unwrapPath(err))
	}
	if keepPerm != 0 {
		if err := tmp.Chmod(keepPerm); err != nil {
			return fmt.Errorf("write %s: %w", path, unwrapPath(err))
		}
	}
	if err := tmp.Sync(); err != nil {
		return fmt.Errorf("write %s: %w", path, unwrapPath(err))
	}
	closed = true
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, unwrapPath(err))
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmpName, path); err != nil {
		return fmt.Errorf("write %s: %w", path, unwrapPath(err))
	}
	done = true
	syncDir(dir)
	return nil
}

// createTemp creates a new file in dir named tempName(base, pid, random):
// hidden from listings and globs, and recognisable by removeStale when a
// crash or SIGKILL leaves one behind. Unlike os.CreateTemp it lets the
// umask decide the mode, as os.Create does; the same directory keeps the
// final rename on one file system.
func createTemp(dir, base string) (*os.File, error) {
	pid := os.Getpid()
	for range 1000 {
		name := filepath.Join(dir, tempName(base, pid, strconv.FormatUint(rand.Uint64(), 36)))
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, defaultPerm)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		return f, err
	}
	return nil, errors.New("cannot create a temporary file: too many name collisions")
}

// WriteFile writes data to path atomically; see Write.
func WriteFile(path string, data []byte) error {
	return Write(path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// unwrapPath drops the *PathError / *LinkError wrapper, whose message names
// the temporary file; the caller's message names the real target instead.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}

// syncDir makes the rename itself durable. Failure is ignored: the file is
// complete either way, and some file systems refuse to sync a directory.
func syncDir(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	d.Sync()
	d.Close()
}
