package browser

import (
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
)

// TestDropFile drops a file on the page, as a writer drags one from the
// desktop, and wants it read by its name's reader.
func TestDropFile(t *testing.T) {
	p := open(t)
	path := filepath.Join(root, "testdata/examples/newsletter.html")
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	p.do(`(() => {
		const dt = new DataTransfer();
		dt.items.add(new File([` + jsString(string(src)) + `], "newsletter.html", {type: "text/html"}));
		document.body.dispatchEvent(new DragEvent("dragenter", {dataTransfer: dt, bubbles: true}));
		document.body.dispatchEvent(new DragEvent("drop", {dataTransfer: dt, bubbles: true, cancelable: true}));
	})()`)
	for range 200 {
		if eval[string](p, `window.dejargonPage.fileName()`) == "newsletter.html" {
			break
		}
		time.Sleep(25 * time.Millisecond)
	}
	p.waitChecked()
	if typ := eval[string](p, `document.getElementById("type").value`); typ != "html" {
		t.Errorf("a dropped .html file is read as %q", typ)
	}
	if !eval[bool](p, `document.getElementById("drop-cover").hidden`) {
		t.Error("the drop cover is still shown after the drop")
	}
	sameMarks(t, "dropped newsletter.html", p.marks(), marksOf(p.s.check(t, p.draft(), "newsletter.html")))
}

// TestIgnoreTerm ignores a term for the session and wants it gone from
// the marks, from the fixes and from check's findings with the term
// allowed; the privacy promise is on the page.
func TestIgnoreTerm(t *testing.T) {
	p := open(t)
	if !strings.Contains(eval[string](p, `document.getElementById("privacy").textContent`), "stays on this computer") {
		t.Error("the page does not say that the text stays on this computer")
	}
	text := "We will leverage the portal and circle back on Monday.\n"
	p.paste(text)
	type at struct {
		Offset int    `json:"offset"`
		Rule   string `json:"rule"`
	}
	f := eval[at](p, `window.dejargonPage.result().findings.find(f => f.term === "leverage")`)
	p.run(chromedp.Focus(chromedp.ID("draft")))
	p.tabTo(f.Offset, f.Rule)
	p.run(chromedp.Click(chromedp.ID("ignore-term")))
	p.waitChecked()
	dir := t.TempDir()
	cfg := filepath.Join(dir, "allow.yaml")
	if err := os.WriteFile(cfg, []byte("allow: [leverage]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	sameMarks(t, "leverage ignored", p.marks(), marksOf(p.s.check(t, text, "draft.txt", "--config", cfg)))
	if fixed := eval[string](p, `window.dejargonPage.revision().fixed`); !strings.Contains(fixed, "leverage") {
		t.Errorf("an ignored term was still fixed: %q", fixed)
	}
	p.run(chromedp.Click(chromedp.ID("unignore")))
	p.waitChecked()
	sameMarks(t, "shown again", p.marks(), marksOf(p.s.check(t, text, "draft.txt")))
}

// TestStaticSite writes the page with `dejargon serve --write`, serves
// the folder with a plain static file server, and wants the page to work
// there as it does under dejargon serve.
func TestStaticSite(t *testing.T) {
	s := start(t)
	dir := filepath.Join(t.TempDir(), "site")
	s.cli(t, "", "serve", "--write", dir)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: http.FileServer(http.Dir(dir))}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	p := openAt(t, "http://"+ln.Addr().String()+"/")
	src, err := os.ReadFile(filepath.Join(root, "testdata/examples/announcement.txt"))
	if err != nil {
		t.Fatal(err)
	}
	p.paste(string(src))
	sameMarks(t, "on a static host", p.marks(), marksOf(s.check(t, p.draft(), "draft.txt")))
}

// TestCopyButtons presses the copy buttons and reads the clipboard back:
// the revised draft, and the glossary as explain --for prints it.
func TestCopyButtons(t *testing.T) {
	p := open(t)
	for _, name := range []string{"clipboard-read", "clipboard-write"} {
		_, err := chromedp.CallBrowser(p.ctx, browser.SetPermission, browser.SetPermissionParams{
			Permission: &browser.PermissionDescriptor{Name: name},
			Setting:    browser.PermissionSettingGranted,
			Origin:     strings.TrimSuffix(p.s.base, "/"),
		})
		if err != nil {
			t.Fatalf("granting %s: %v", name, err)
		}
	}
	src, err := os.ReadFile(filepath.Join(root, "testdata/examples/announcement.txt"))
	if err != nil {
		t.Fatal(err)
	}
	p.paste(string(src))
	p.run(chromedp.Click(chromedp.ID("apply-all")))
	p.waitChecked()
	p.run(chromedp.Click(chromedp.ID("copy-draft")))
	if got, want := eval[string](p, `navigator.clipboard.readText()`), p.draft(); got != want {
		t.Errorf("copied\n%q\nthe revised draft is\n%q", got, want)
	}
	p.run(chromedp.Click(chromedp.ID("copy-terms")))
	file := filepath.Join(t.TempDir(), "draft.txt")
	if err := os.WriteFile(file, []byte(p.draft()), 0o644); err != nil {
		t.Fatal(err)
	}
	want := p.s.cli(t, "", "explain", "--for", file)
	if got := eval[string](p, `navigator.clipboard.readText()`); got != want || want == "" {
		t.Errorf("copied glossary\n%q\nexplain --for prints\n%q", got, want)
	}
}
