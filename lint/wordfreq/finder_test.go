package wordfreq

import (
	"reflect"
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
