package web

import (
	"encoding/json"
	"errors"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
)

// fakeSite is the page with stand-ins for the generated files, so these
// tests run without building the engine.
func fakeSite(t *testing.T) fstest.MapFS {
	t.Helper()
	site := fstest.MapFS{
		EngineFile: {Data: []byte("\x00asm\x01\x00\x00\x00")},
		LoaderFile: {Data: []byte("// loader")},
	}
	for _, name := range []string{"index.html", "app.js", "style.css"} {
		data, err := fs.ReadFile(static, "static/"+name)
		if err != nil {
			t.Fatal(err)
		}
		site[name] = &fstest.MapFile{Data: data}
	}
	return site
}

func TestContentTypesAndPolicy(t *testing.T) {
	h := Handler(fakeSite(t), nil)
	tests := []struct{ path, typ string }{
		{"/", "text/html; charset=utf-8"},
		{"/index.html", ""}, // redirects to /
		{"/app.js", "text/javascript; charset=utf-8"},
		{"/style.css", "text/css; charset=utf-8"},
		{"/" + EngineFile, "application/wasm"},
		{"/" + LoaderFile, "text/javascript; charset=utf-8"},
	}
	for _, tt := range tests {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", tt.path, nil))
		if tt.typ == "" {
			if rec.Code != http.StatusMovedPermanently {
				t.Errorf("%s: status %d, want a redirect", tt.path, rec.Code)
			}
			continue
		}
		if rec.Code != http.StatusOK {
			t.Errorf("%s: status %d", tt.path, rec.Code)
		}
		if got := rec.Header().Get("Content-Type"); got != tt.typ {
			t.Errorf("%s: Content-Type %q, want %q", tt.path, got, tt.typ)
		}
		csp := rec.Header().Get("Content-Security-Policy")
		for _, want := range []string{"default-src 'none'", "connect-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "frame-ancestors 'none'"} {
			if !strings.Contains(csp, want) {
				t.Errorf("%s: policy %q lacks %q", tt.path, csp, want)
			}
		}
		if strings.Contains(csp, "*") || strings.Contains(csp, "http") || strings.Contains(csp, "unsafe-inline") {
			t.Errorf("%s: policy %q lets the page reach other hosts or run inline code", tt.path, csp)
		}
		if rec.Header().Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("%s: no nosniff", tt.path)
		}
	}
}

func TestMissingFileAndMethods(t *testing.T) {
	h := Handler(fakeSite(t), nil)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", DraftPath, nil))
	if rec.Code != http.StatusNotFound {
		t.Errorf("draft without a file: status %d, want 404", rec.Code)
	}
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/gen/", nil))
	if rec.Code != http.StatusNotFound || strings.Contains(rec.Body.String(), "dejargon.wasm") {
		t.Errorf("a folder: status %d, want 404 and no listing", rec.Code)
	}
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("POST", "/", strings.NewReader("x")))
	if rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST: status %d, want 405", rec.Code)
	}
}

func TestDraft(t *testing.T) {
	h := Handler(fakeSite(t), &Draft{Name: "notice.md", Text: "We leverage SSO.\n"})
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", DraftPath, nil))
	var d Draft
	if err := json.Unmarshal(rec.Body.Bytes(), &d); err != nil {
		t.Fatal(err)
	}
	if d.Name != "notice.md" || d.Text != "We leverage SSO.\n" || rec.Header().Get("Content-Type") != "application/json" {
		t.Errorf("draft %+v, type %q", d, rec.Header().Get("Content-Type"))
	}
}

// TestPolicyMatchesPage: index.html carries the header's policy for static
// hosts; the two must not drift apart.
func TestPolicyMatchesPage(t *testing.T) {
	page, err := fs.ReadFile(static, "static/index.html")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`http-equiv="Content-Security-Policy" content="([^"]*)"`).FindSubmatch(page)
	if m == nil {
		t.Fatal("index.html has no Content-Security-Policy meta tag")
	}
	if string(m[1]) != ContentSecurityPolicy {
		t.Errorf("index.html's policy\n%s\ndiffers from the server's\n%s", m[1], ContentSecurityPolicy)
	}
}

// TestPageNamesOnlyItsOwnFiles: the page loads nothing from elsewhere.
func TestPageNamesOnlyItsOwnFiles(t *testing.T) {
	for _, name := range []string{"static/index.html", "static/app.js", "static/style.css"} {
		data, err := fs.ReadFile(static, name)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range regexp.MustCompile(`(?:src|href)="([^"]+)"|fetch\("([^"]+)"|url\(([^)]+)\)`).FindAllSubmatch(data, -1) {
			ref := string(m[1]) + string(m[2]) + string(m[3])
			if strings.Contains(ref, "//") || strings.HasPrefix(ref, "/") {
				t.Errorf("%s refers to %q, outside the page", name, ref)
			}
		}
	}
}

func TestCheckSite(t *testing.T) {
	site := fakeSite(t)
	if err := CheckSite(site); err != nil {
		t.Fatalf("complete site: %v", err)
	}
	delete(site, EngineFile)
	err := CheckSite(site)
	if !errors.Is(err, ErrNoEngine) || !strings.Contains(err.Error(), BuildCommand) {
		t.Errorf("site without engine: %v, want ErrNoEngine naming %q", err, BuildCommand)
	}
}

func TestWrite(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "site")
	site := fakeSite(t)
	for range 2 { // writing twice gives the same folder
		if err := Write(dir, site); err != nil {
			t.Fatal(err)
		}
	}
	var got []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		got = append(got, filepath.ToSlash(rel))
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if string(data) != string(site[filepath.ToSlash(rel)].Data) {
			t.Errorf("%s differs from the site's", rel)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(site) {
		t.Errorf("wrote %v, want the %d files of the site and nothing else", got, len(site))
	}
}
