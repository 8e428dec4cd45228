package wordfreq

import "testing"

// BenchmarkLoad measures what the first use of the built-in table costs:
// checking its shape, since it is read in place.
func BenchmarkLoad(b *testing.B) {
	b.SetBytes(int64(len(tableData)))
	for i := 0; i < b.N; i++ {
		if _, err := Decode(tableData); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRaw measures one lookup, over a mix of common, rare and
// missing words.
func BenchmarkRaw(b *testing.B) {
	t := Default()
	words := []string{"the", "maintenance", "window", "idempotent", "hypervisor", "password", "refrangible", "because"}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t.Raw(words[i%len(words)])
	}
}
