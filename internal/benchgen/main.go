// Command benchgen writes a deterministic tree of realistic drafts for
// benchmarking dejargon: prose with jargon, acronyms and wordy phrases,
// and, for Markdown, front matter, code blocks, links and tables.
//
//	go run ./internal/benchgen -size 20MB -files 2000 -format md out/
//	go run ./internal/benchgen -size 1GB -format mbox out/   # one mailbox
//
// The same flags always write the same bytes, so figures from different
// machines and commits compare.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

func main() {
	size := flag.String("size", "20MB", "total size of the tree (KB, MB or GB suffix)")
	files := flag.Int("files", 2000, "number of files")
	format := flag.String("format", "md", "md, text, eml or mbox (one mailbox file; -files is ignored)")
	seed := flag.Uint64("seed", 1, "random seed")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: benchgen [-size 20MB] [-files 2000] [-format md|text|eml|mbox] [-seed N] DIR")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	total, err := parseSize(*size)
	if err != nil || *files < 1 {
		fmt.Fprintln(os.Stderr, "benchgen: need a size like 20MB and at least one file")
		os.Exit(2)
	}
	if *format == "mbox" {
		if err := writeMbox(flag.Arg(0), total, *seed); err != nil {
			fmt.Fprintln(os.Stderr, "benchgen:", err)
			os.Exit(1)
		}
		return
	}
	ext, ok := map[string]string{"md": ".md", "text": ".txt", "eml": ".eml"}[*format]
	if !ok {
		fmt.Fprintf(os.Stderr, "benchgen: unknown format %q (want md, text or eml)\n", *format)
		os.Exit(2)
	}
	if err := write(flag.Arg(0), total, *files, *format, ext, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "benchgen:", err)
		os.Exit(1)
	}
}

func write(dir string, total int64, files int, format, ext string, seed uint64) error {
	per := total / int64(files)
	g := newGenerator(seed)
	var written int64
	for i := 0; i < files; i++ {
		want := per
		if i == files-1 {
			want = total - written
		}
		var doc []byte
		switch format {
		case "md":
			doc = g.markdown(int(want))
		case "eml":
			doc = g.email(int(want))
		default:
			doc = g.text(int(want))
		}
		// Spread files over folders of at most 100, as a docs tree would be.
		path := filepath.Join(dir, fmt.Sprintf("section-%02d", i/100), fmt.Sprintf("doc-%04d%s", i, ext))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, doc, 0o644); err != nil {
			return err
		}
		written += int64(len(doc))
	}
	fmt.Printf("wrote %d files, %d bytes, to %s\n", files, written, dir)
	return nil
}

func parseSize(s string) (int64, error) {
	mult := int64(1)
	upper := strings.ToUpper(strings.TrimSpace(s))
	for suffix, m := range map[string]int64{"KB": 1 << 10, "MB": 1 << 20, "GB": 1 << 30} {
		if strings.HasSuffix(upper, suffix) {
			mult, upper = m, strings.TrimSuffix(upper, suffix)
			break
		}
	}
	n, err := strconv.ParseFloat(upper, 64)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("bad size %q", s)
	}
	return int64(n * float64(mult)), nil
}
