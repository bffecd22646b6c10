package input

import "testing"

func TestParseSize(t *testing.T) {
	tests := []struct {
		in      string
		want    int64
		wantErr string
	}{
		{in: "64MiB", want: 64 << 20},
		{in: "10MB", want: 10_000_000},
		{in: "512 KiB", want: 512 << 10},
		{in: "1.5GiB", want: 3 << 29},
		{in: "2m", want: 2 << 20},
		{in: "4096", want: 4096},
		{in: "12kb", want: 12_000},
		{in: "", wantErr: `"" is not a size (want e.g. 64MiB, 10MB, 512KiB or a number of bytes)`},
		{in: "64 furlongs", wantErr: `"64 furlongs" is not a size (want e.g. 64MiB, 10MB, 512KiB or a number of bytes)`},
		{in: "1.2.3MB", wantErr: `"1.2.3MB" is not a size (want e.g. 64MiB, 10MB, 512KiB or a number of bytes)`},
		{in: "0", wantErr: `"0": the size must be at least 1 byte`},
		{in: "99999999999GiB", wantErr: `"99999999999GiB" is too large`},
	}
	for _, tt := range tests {
		got, err := ParseSize(tt.in)
		switch {
		case tt.wantErr != "":
			if err == nil || err.Error() != tt.wantErr {
				t.Errorf("ParseSize(%q) error = %v, want %q", tt.in, err, tt.wantErr)
			}
		case err != nil:
			t.Errorf("ParseSize(%q): %v", tt.in, err)
		case got != tt.want:
			t.Errorf("ParseSize(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}
