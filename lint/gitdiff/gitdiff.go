// Package gitdiff finds the lines of a git working tree added or changed
// since a revision, so a check can report only what a pull request
// touched, as golangci-lint's --new-from-rev and reviewdog do.
//
// It runs the git command rather than reading the repository itself: git
// diff is what the user sees (worktrees, sparse checkouts, .gitattributes,
// rename detection, a partial clone fetching objects on demand), and
// go-git compares trees but has no working-tree diff against a commit, so
// matching git's answer would mean writing a diff of our own.
package gitdiff

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
)

// Changes are the changed lines of a working tree, by absolute path.
type Changes struct {
	root string
	// lines holds, per file, the changed line ranges in order; a nil
	// slice with whole set means every line (a file git does not track).
	files map[string]*fileChanges
}

type fileChanges struct {
	whole  bool
	ranges [][2]int // [first, last] line, 1-based, inclusive
}

// SinceAll returns the lines changed since rev in every working tree
// that holds one of dirs: paths named on one command line may lie in
// several repositories, and a tree left out would have none of its
// changes reported. Each tree is compared once, however many of dirs lie
// in it.
func SinceAll(ctx context.Context, dirs []string, rev string) (*Changes, error) {
	var all *Changes
	seenDir := map[string]bool{}
	seenRoot := map[string]bool{}
	for _, dir := range dirs {
		if seenDir[dir] {
			continue
		}
		seenDir[dir] = true
		top, err := git(ctx, dir, "rev-parse", "--show-toplevel")
		if err != nil {
			return nil, fmt.Errorf("%s: %w", dir, err)
		}
		root := strings.TrimSpace(string(top))
		if seenRoot[root] {
			continue
		}
		seenRoot[root] = true
		c, err := Since(ctx, root, rev)
		if err != nil {
			if len(dirs) > 1 {
				return nil, fmt.Errorf("%s: %w", dir, err)
			}
			return nil, err
		}
		if all == nil {
			all = c
			continue
		}
		for path, fc := range c.files {
			all.files[path] = fc
		}
	}
	if all == nil {
		return nil, errors.New("no folder to compare")
	}
	return all, nil
}

// Since returns the lines changed in the working tree that holds dir
// since revision rev: lines added or modified in tracked files (staged or
// not) and every line of files git does not track and does not ignore.
func Since(ctx context.Context, dir, rev string) (*Changes, error) {
	if rev == "" || strings.HasPrefix(rev, "-") {
		return nil, fmt.Errorf("invalid revision %q", rev)
	}
	top, err := git(ctx, dir, "rev-parse", "--show-toplevel")
	if err != nil {
		return nil, err
	}
	root := strings.TrimSpace(string(top))
	if _, err := git(ctx, root, "rev-parse", "--verify", "--quiet", rev+"^{commit}"); err != nil {
		return nil, fmt.Errorf("unknown revision %q", rev)
	}
	diff, err := git(ctx, root, "-c", "core.quotePath=false", "diff", "--no-color", "--no-ext-diff",
		"--no-prefix", "--unified=0", rev, "--")
	if err != nil {
		return nil, err
	}
	c := &Changes{root: root, files: map[string]*fileChanges{}}
	if err := c.parse(diff); err != nil {
		return nil, err
	}
	untracked, err := git(ctx, root, "-c", "core.quotePath=false", "ls-files", "-z", "--others", "--exclude-standard")
	if err != nil {
		return nil, err
	}
	for name := range bytes.SplitSeq(untracked, []byte{0}) {
		if len(name) > 0 {
			c.files[filepath.Join(root, filepath.FromSlash(string(name)))] = &fileChanges{whole: true}
		}
	}
	return c, nil
}

// git runs a git command in dir and returns its output; a failure comes
// back with git's own message.
func git(ctx context.Context, dir string, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, "git", args...)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		var exitErr *exec.ExitError
		if msg := strings.TrimSpace(stderr.String()); errors.As(err, &exitErr) && msg != "" {
			return nil, fmt.Errorf("git %s: %s", args[0], firstLine(msg))
		}
		return nil, fmt.Errorf("running git: %w", err)
	}
	return out, nil
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// parse reads a unified diff with no context lines and no path prefixes.
func (c *Changes) parse(diff []byte) error {
	var cur *fileChanges
	sc := bufio.NewScanner(bytes.NewReader(diff))
	sc.Buffer(make([]byte, 64*1024), 64*1024*1024)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "+++ "):
			name := strings.TrimPrefix(line, "+++ ")
			if name == "/dev/null" {
				cur = nil
				continue
			}
			// A name with a space but nothing git must quote is written
			// as it is, followed by a tab (GNU diff's way of ending it).
			name = strings.TrimSuffix(name, "\t")
			if strings.HasPrefix(name, `"`) {
				unq, err := strconv.Unquote(name)
				if err != nil {
					return fmt.Errorf("reading git diff: path %s: %w", name, err)
				}
				name = unq
			}
			cur = &fileChanges{}
			c.files[filepath.Join(c.root, filepath.FromSlash(name))] = cur
		case strings.HasPrefix(line, "@@ ") && cur != nil:
			first, count, err := newRange(line)
			if err != nil {
				return err
			}
			if count > 0 {
				cur.ranges = append(cur.ranges, [2]int{first, first + count - 1})
			}
		}
	}
	return sc.Err()
}

// newRange reads the new side of a hunk header, "@@ -a,b +c,d @@": the
// first line and how many lines (d is 1 when left out).
func newRange(header string) (first, count int, err error) {
	fields := strings.Fields(header)
	if len(fields) < 3 || !strings.HasPrefix(fields[2], "+") {
		return 0, 0, fmt.Errorf("reading git diff: bad hunk header %q", header)
	}
	start, n, found := strings.Cut(fields[2][1:], ",")
	if first, err = strconv.Atoi(start); err != nil {
		return 0, 0, fmt.Errorf("reading git diff: bad hunk header %q", header)
	}
	count = 1
	if found {
		if count, err = strconv.Atoi(n); err != nil {
			return 0, 0, fmt.Errorf("reading git diff: bad hunk header %q", header)
		}
	}
	if first < 0 || count < 0 {
		return 0, 0, fmt.Errorf("reading git diff: bad hunk header %q", header)
	}
	return first, count, nil
}

// abs makes path absolute and resolves symbolic links, as git names the
// repository's root.
func abs(path string) string {
	a, err := filepath.Abs(path)
	if err != nil {
		return path
	}
	if r, err := filepath.EvalSymlinks(a); err == nil {
		return r
	}
	return a
}

// File reports whether the file at path (as the user named it) has any
// changed line.
func (c *Changes) File(path string) bool {
	_, ok := c.files[abs(path)]
	return ok
}

// Lines reports whether any line from first to last (1-based, inclusive)
// of the file at path was added or changed.
func (c *Changes) Lines(path string, first, last int) bool {
	f, ok := c.files[abs(path)]
	if !ok {
		return false
	}
	if f.whole {
		return true
	}
	for _, r := range f.ranges {
		if r[0] <= last && first <= r[1] {
			return true
		}
	}
	return false
}
