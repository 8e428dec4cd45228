package wordfreq

import (
	"os"
	"strings"
	"testing"
)

// TestTableIsGenerated fails when subtlex.table is not what the generator
// wrote (edited by hand, or regenerated without table_gen.go), and when
// the encoder no longer writes the same bytes for the same entries.
func TestTableIsGenerated(t *testing.T) {
	if got := checksum(); got != tableSHA256 {
		t.Fatalf("subtlex.table has checksum %s, table_gen.go says %s: run go generate ./lint/wordfreq", got, tableSHA256)
	}
	tab := Default()
	if tab.Len() != TableWords {
		t.Fatalf("table has %d words, table_gen.go says %d", tab.Len(), TableWords)
	}
	again, err := Encode(tab.Entries())
	if err != nil {
		t.Fatal(err)
	}
	if string(again) != tableData {
		t.Fatal("decoding and encoding the table does not give the same bytes")
	}
}

// TestKnownWords pins the bands of a few words, so a change of source or
// of the Zipf formula shows up here.
func TestKnownWords(t *testing.T) {
	tests := []struct {
		word string
		zipf Zipf
		band string
	}{
		{"the", 75, "common"},
		{"password", 39, "familiar"},
		{"color", 46, "common"},
		{"outage", 26, "uncommon"},
		{"latency", 18, "rare"},
		{"firmware", 19, "rare"},
		{"idempotent", 13, "unseen"},
	}
	for _, tt := range tests {
		w := Default().Lookup(tt.word)
		if w.Zipf != tt.zipf || w.Band().Name != tt.band {
			t.Errorf("%s: Zipf %s (%s), want %s (%s)", tt.word, w.Zipf, w.Band().Name, tt.zipf, tt.band)
		}
	}
}

// TestNoticeNamesSource keeps NOTICE and the README in step with the
// generated source constants.
func TestNoticeNamesSource(t *testing.T) {
	for _, path := range []string{"../../NOTICE", "../../README.md"} {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{SourcePackage + " " + SourceVersion, SourceLicense} {
			if !strings.Contains(string(data), want) {
				t.Errorf("%s does not mention %q", path, want)
			}
		}
	}
	lic, err := os.ReadFile("subtlex_LICENSE.txt")
	if err != nil || !strings.Contains(string(lic), "ISC License") {
		t.Errorf("subtlex_LICENSE.txt should hold the ISC licence (err %v)", err)
	}
}

func TestEncodeRejects(t *testing.T) {
	for _, entries := range [][]Entry{
		{{Word: "Caps"}},
		{{Word: ""}},
		{{Word: "two words"}},
		{{Word: "same"}, {Word: "same"}},
		{{Word: "high", Zipf: 200}},
	} {
		if _, err := Encode(entries); err == nil {
			t.Errorf("Encode(%v) succeeded", entries)
		}
	}
}

func TestRoundTrip(t *testing.T) {
	in := []Entry{{Word: "zebra", Zipf: 30}, {Word: "apple", Zipf: 45, Capitalised: true}, {Word: "applesauce", Zipf: 21}, {Word: "app", Zipf: 33}}
	tab, err := NewTable(in)
	if err != nil {
		t.Fatal(err)
	}
	got := tab.Entries()
	want := []string{"app", "apple", "applesauce", "zebra"}
	if len(got) != len(want) {
		t.Fatalf("got %v", got)
	}
	for i, w := range want {
		if got[i].Word != w {
			t.Errorf("entry %d: %q, want %q", i, got[i].Word, w)
		}
		z, capital, ok := tab.Raw(w)
		if !ok {
			t.Errorf("Raw(%q) not found", w)
		}
		if w == "apple" && (z != 45 || !capital) {
			t.Errorf("Raw(apple) = %s %v", z, capital)
		}
	}
	if _, _, ok := tab.Raw("appl"); ok {
		t.Error("Raw(appl) found a word that is not there")
	}
	empty, err := NewTable(nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, ok := empty.Raw("any"); ok {
		t.Error("empty table found a word")
	}
}

func TestDecodeRejectsGarbage(t *testing.T) {
	good, _ := Encode([]Entry{{Word: "word", Zipf: 40}})
	for _, data := range []string{"not a table", "WFQ1\x01\x00\x00\x00\x03\x00\x00\x00", string(good[:len(good)-1]), string(good) + "x"} {
		if _, err := Decode(data); err == nil {
			t.Errorf("Decode(%q) succeeded", data)
		}
	}
}

func FuzzDecode(f *testing.F) {
	f.Add(tableData[:64])
	good, _ := Encode([]Entry{{Word: "word", Zipf: 40}, {Word: "words", Zipf: 30}})
	f.Add(string(good))
	f.Fuzz(func(t *testing.T, data string) {
		tab, err := Decode(data)
		if err == nil {
			for _, e := range tab.Entries() {
				tab.Raw(e.Word)
			}
			tab.Raw("word")
		}
	})
}

func TestZipf(t *testing.T) {
	if z := ZipfOf(0, CorpusWords, TableWords); z != 13 {
		t.Errorf("unseen word: %s, want 1.3", z)
	}
	if z := ZipfOf(999, 1_000_000_000, 0); z != 30 {
		t.Errorf("1,000 in a billion: %s, want 3.0", z)
	}
	for _, bad := range []float64{0, 0.9, 7.1} {
		if _, err := ParseZipf(bad); err == nil {
			t.Errorf("ParseZipf(%g) accepted", bad)
		}
	}
	if z, err := ParseZipf(2.5); err != nil || z != 25 {
		t.Errorf("ParseZipf(2.5) = %s, %v", z, err)
	}
	prev := Zipf(255)
	for _, b := range Bands() {
		if b.From >= prev {
			t.Errorf("band %s does not start below the one before", b.Name)
		}
		prev = b.From
		if BandOf(b.From).Name != b.Name {
			t.Errorf("BandOf(%s) is not %s", b.From, b.Name)
		}
	}
}

// TestRawFold checks that a capitalised word is found as its lower-case
// form is, for every word of the built-in table and some it lacks.
func TestRawFold(t *testing.T) {
	tb := Default()
	words := []string{"zzzzqx", "Xylophonez", "a"}
	for _, e := range tb.Entries() {
		words = append(words, e.Word)
	}
	for _, w := range words {
		lower := strings.ToLower(w)
		capital := strings.ToUpper(w[:1]) + lower[1:]
		z, c, ok := tb.Raw(lower)
		if z2, c2, ok2 := tb.raw(capital, true); z2 != z || c2 != c || ok2 != ok {
			t.Fatalf("raw(%q, true) = %v %v %v, Raw(%q) = %v %v %v", capital, z2, c2, ok2, lower, z, c, ok)
		}
	}
}
