package wordfreq

import (
	"reflect"
	"strings"
	"testing"
)

func TestFinder(t *testing.T) {
	uses := []Use{
		{Lower: "hypervisors", Case: Lower},
		{Lower: "password", Case: Lower},  // common
		{Lower: "hypervisor", Case: Open}, // a sentence start
		{Lower: "priya", Case: Open},      // only ever with a capital: a name
		{Lower: "kubernetes", Case: Capital},
		{Lower: "failover", Case: Lower},
		{Lower: "failover", Case: Lower, Defined: true}, // defined later: not reported
		{Lower: "idempotent", Case: Lower},
	}
	f := NewFinder(Default(), 15)
	for i, u := range uses {
		u.Ref = i
		f.Add(u)
	}
	var got []string
	var counts []int
	for _, g := range f.Rare() {
		got = append(got, g.Term)
		counts = append(counts, len(g.Uses))
	}
	if want := []string{"hypervisor", "idempotent"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("rare words %v, want %v", got, want)
	}
	if want := []int{2, 1}; !reflect.DeepEqual(counts, want) {
		t.Errorf("uses %v, want %v", counts, want)
	}
	if r := f.Rare()[0].Uses[0].Ref; r != 0 {
		t.Errorf("first use of hypervisor is use %d, want 0", r)
	}
}

func TestFinderOff(t *testing.T) {
	f := NewFinder(Default(), Off)
	f.Add(Use{Lower: "idempotent"})
	if f.IsRare("idempotent") || len(f.Rare()) != 0 {
		t.Error("a finder with threshold Off found something")
	}
}

// TestIsRareWritten checks that asking with the word as written answers
// as asking with its lower-case form does.
func TestIsRareWritten(t *testing.T) {
	f := NewFinder(Default(), 20)
	for _, written := range []string{"Hypervisor", "hypervisor", "Password", "password", "Kubernetes", "Idempotent", "The", "Priya", "Sharding", "Shards", "Organisation"} {
		word, capital, ok := ShapeWritten(written)
		lower, n, capital2, ok2 := Shape(written)
		if ok != ok2 || capital != capital2 || ok && (len(word) != n || strings.ToLower(word) != lower) {
			t.Fatalf("ShapeWritten(%q) = %q %v %v, Shape = %q %d %v %v", written, word, capital, ok, lower, n, capital2, ok2)
		}
		if !ok {
			continue
		}
		if got, want := f.IsRareWritten(word, capital), f.IsRare(lower); got != want {
			t.Errorf("IsRareWritten(%q) = %v, IsRare(%q) = %v", word, got, lower, want)
		}
	}
}
