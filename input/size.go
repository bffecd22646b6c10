package input

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// sizeUnits are the suffixes ParseSize accepts, lower case. KB, MB and GB
// are decimal as the SI defines them; KiB, MiB, GiB and the bare letters
// K, M, G (as in ulimit and docker) are binary.
var sizeUnits = map[string]int64{
	"": 1, "b": 1,
	"kb": 1000, "mb": 1000 * 1000, "gb": 1000 * 1000 * 1000,
	"k": 1 << 10, "kib": 1 << 10,
	"m": 1 << 20, "mib": 1 << 20,
	"g": 1 << 30, "gib": 1 << 30,
}

// ParseSize reads a size such as "64MiB", "10MB", "1.5 GiB", "512k" or
// "1048576" (bytes). The size must be positive.
func ParseSize(s string) (int64, error) {
	t := strings.TrimSpace(s)
	i := 0
	for i < len(t) && (t[i] >= '0' && t[i] <= '9' || t[i] == '.') {
		i++
	}
	num, unit := t[:i], strings.ToLower(strings.TrimSpace(t[i:]))
	mult, ok := sizeUnits[unit]
	if num == "" || !ok {
		return 0, fmt.Errorf("%q is not a size (want e.g. 64MiB, 10MB, 512KiB or a number of bytes)", s)
	}
	f, err := strconv.ParseFloat(num, 64)
	if err != nil {
		return 0, fmt.Errorf("%q is not a size (want e.g. 64MiB, 10MB, 512KiB or a number of bytes)", s)
	}
	n := f * float64(mult)
	if n < 1 {
		return 0, fmt.Errorf("%q: the size must be at least 1 byte", s)
	}
	if n > math.MaxInt64/2 {
		return 0, fmt.Errorf("%q is too large", s)
	}
	return int64(n), nil
}
