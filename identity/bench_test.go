package identity

import "testing"

func BenchmarkParse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		Parse("Sen. Ann B. Kerr Jr.")
	}
}

func BenchmarkShortFor(b *testing.B) {
	short, full := Parse("Mr Kerr"), Parse("Sen. Ann B. Kerr Jr.")
	b.ReportAllocs()
	for b.Loop() {
		ShortFor(short, full)
	}
}

func BenchmarkCluster(b *testing.B) {
	var es []Entry
	for i := range 300 {
		given, family := "Given"+base26(i), "Family"+base26(i*7+3)
		es = append(es, Entry{Source: i, Name: given + " " + family}, Entry{Source: i + 1, Name: "Mr " + family})
	}
	b.ReportAllocs()
	for b.Loop() {
		Cluster(es)
	}
}
