package web

import (
	"encoding/json"
	"io/fs"
	"net/http"
	"path"
	"strings"
)

// ContentSecurityPolicy lets the page load its own files and run its
// WebAssembly, and nothing else: no request to any other host, no inline
// script, no form posted anywhere. index.html carries the same policy in
// a meta tag for static hosts (TestPolicyMatchesPage keeps them equal),
// less frame-ancestors, which only a header can set.
const ContentSecurityPolicy = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'"

// headerPolicy adds what only a header can say: no other site may frame
// the page.
const headerPolicy = ContentSecurityPolicy + "; frame-ancestors 'none'"

// contentTypes names the type of every kind of file the site holds, so
// the answer never depends on the system's MIME tables; a browser only
// compiles WebAssembly streamed as application/wasm.
var contentTypes = map[string]string{
	".html": "text/html; charset=utf-8",
	".css":  "text/css; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
	".wasm": "application/wasm",
	".json": "application/json",
	".svg":  "image/svg+xml",
	".png":  "image/png",
	"":      "text/plain; charset=utf-8",
}

// Draft is a document `dejargon serve FILE` opens the page on.
type Draft struct {
	Name string `json:"name"`
	Text string `json:"text"`
}

// DraftPath is where the page asks for the draft to open.
const DraftPath = "/draft.json"

// Handler serves site, and draft at DraftPath when it is not nil.
func Handler(site fs.FS, draft *Draft) http.Handler {
	files := http.FileServerFS(site)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", headerPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		// The engine changes with every build; a stale one would not
		// match the page.
		h.Set("Cache-Control", "no-cache")
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			h.Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		// The page is index.html; no folder is listed.
		if strings.HasSuffix(r.URL.Path, "/") && r.URL.Path != "/" {
			http.NotFound(w, r)
			return
		}
		if r.URL.Path == DraftPath && draft != nil {
			h.Set("Content-Type", contentTypes[".json"])
			_ = json.NewEncoder(w).Encode(draft)
			return
		}
		if t, ok := contentTypes[path.Ext(r.URL.Path)]; ok && path.Ext(r.URL.Path) != "" {
			h.Set("Content-Type", t)
		}
		files.ServeHTTP(w, r)
	})
}
