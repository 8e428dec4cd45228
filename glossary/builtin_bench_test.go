package glossary

import "testing"

func BenchmarkBuiltin(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := Builtin(); err != nil {
			b.Fatal(err)
		}
	}
}
