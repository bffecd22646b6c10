package atomicfile

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"time"
)

// A temporary file is named ".<target>.quotecheck-tmp-<pid>-<random>": the
// pid says which process writes it, so a later run can tell a live write
// from debris.
const tempMarker = ".quotecheck-tmp-"

// staleAge is how old a temporary file must be before it is removed even
// though a process with its pid is alive: pids are reused, and no report
// takes an hour to write.
const staleAge = time.Hour

var tempPattern = regexp.MustCompile(`^\..+` + regexp.QuoteMeta(tempMarker) + `([0-9]+)-[0-9a-z]+$`)

func tempName(base string, pid int, random string) string {
	return "." + base + tempMarker + strconv.Itoa(pid) + "-" + random
}

// removeStale removes the temporary files in dir that an earlier run left
// behind when it was killed (SIGKILL, a crash, a power cut): those whose
// process is gone, and any older than maxAge. The files of a live writer
// younger than that are left alone. Errors are ignored: cleaning up is a
// courtesy, and the write that follows reports any real problem.
func removeStale(dir string, maxAge time.Duration) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	self := os.Getpid()
	for _, e := range entries {
		m := tempPattern.FindStringSubmatch(e.Name())
		if m == nil || !e.Type().IsRegular() {
			continue
		}
		pid, err := strconv.Atoi(m[1])
		if err != nil || pid == self {
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue
		}
		if processAlive(pid) && time.Since(info.ModTime()) < maxAge {
			continue
		}
		os.Remove(filepath.Join(dir, e.Name()))
	}
}
