package browser

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// multiByte has characters of two, three and four bytes (one of them two
// UTF-16 units) before and between the findings, so offsets that counted
// the wrong units would land on the wrong words.
const multiByte = "Café news — naïve 🎉 readers: going forward we will leverage the SSO portal. 😀 Please touch base with the service desk in order to get access.\n"

func examples(t *testing.T) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(root, "testdata/examples/*"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no examples: %v", err)
	}
	return paths
}

// TestExamplesMatchCheck pastes (or opens, for the formats whose file
// name picks the reader) every shipped example and wants the page to mark
// exactly what `dejargon check --format json` finds in the same text, and
// to show the figures of `dejargon stats` and the glossary of `dejargon
// explain --for`.
func TestExamplesMatchCheck(t *testing.T) {
	p := open(t)
	for _, path := range examples(t) {
		name := filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			p.t = t
			if strings.HasSuffix(name, ".txt") {
				src, err := os.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				p.paste(string(src))
				name = "draft.txt"
			} else {
				p.openFile(path)
			}
			text := p.draft()
			sameMarks(t, name, p.marks(), marksOf(p.s.check(t, text, name)))
			// The marked-up draft shows the text itself, markup and all,
			// never rendered as HTML.
			if shown := eval[string](p, `document.querySelector("#marked .marked-text").textContent`); shown != text {
				t.Errorf("the marked-up draft shows\n%q\nnot the draft\n%q", shown, text)
			}

			var st struct {
				Files []struct {
					Words     int     `json:"words"`
					Sentences int     `json:"sentences"`
					Grade     float64 `json:"grade"`
				} `json:"files"`
			}
			if err := json.Unmarshal([]byte(p.s.cli(t, text, "stats", "--format", "json", "--stdin-filename", name, "-")), &st); err != nil {
				t.Fatal(err)
			}
			shown := eval[[]string](p, `[...document.querySelectorAll("#figures dd")].map(d => d.textContent)`)
			if len(shown) < 4 || shown[2] != fmt.Sprint(st.Files[0].Words) || shown[3] != fmt.Sprint(st.Files[0].Sentences) ||
				!strings.HasPrefix(shown[0], strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.1f", st.Files[0].Grade), "0"), ".")) {
				t.Errorf("figures %q, stats says %+v", shown, st.Files[0])
			}

			file := filepath.Join(t.TempDir(), name)
			if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
			want := p.s.cli(t, "", "explain", "--for", file)
			if terms := eval[string](p, `window.dejargonPage.revision().termsText`); terms != want {
				t.Errorf("the page's glossary to copy\n%s\nexplain --for prints\n%s", terms, want)
			}
			onPage := eval[int](p, `document.querySelectorAll("#terms dt:not(.muted)").length`)
			if listed := strings.Count(want, "\n\n"); onPage != listed {
				t.Errorf("the page lists %d terms, explain --for %d", onPage, listed)
			}
		})
	}
	p.t = t
}

// TestApplyAllMatchesFix presses "Apply all safe fixes" and wants the
// draft `dejargon fix --stdin` writes.
func TestApplyAllMatchesFix(t *testing.T) {
	p := open(t)
	drafts := map[string]string{"multi-byte.txt": multiByte}
	for _, path := range examples(t) {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		drafts[filepath.Base(path)] = string(src)
	}
	names := make([]string, 0, len(drafts))
	for n := range drafts {
		names = append(names, n)
	}
	sort.Strings(names)
	changed := 0
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			p.t = t
			p.do(fmt.Sprintf(`window.dejargonPage.openText(%s, %s)`, jsString(name), jsString(drafts[name])))
			p.waitChecked()
			before := p.draft()
			want := p.s.cli(t, before, "fix", "--stdin", "--stdin-filename", name)
			if !eval[bool](p, `document.getElementById("apply-all").disabled`) {
				p.run(chromedp.Click(chromedp.ID("apply-all")))
				p.waitChecked()
			}
			if got := p.draft(); got != want {
				t.Errorf("after apply all:\n%q\nfix --stdin writes:\n%q", got, want)
			}
			if want != before {
				changed++
			}
		})
	}
	p.t = t
	if changed == 0 {
		t.Error("fix changed none of the drafts, so the comparison proves nothing")
	}
}

// TestApplyOneFixByKeyboard tabs from the draft to the findings and
// presses Enter on each that has a fix; the draft must be what the
// command line's own edits give, in bytes, for text with characters of
// every UTF-8 length before them.
func TestApplyOneFixByKeyboard(t *testing.T) {
	p := open(t)
	p.paste(multiByte)
	findings := p.s.check(t, p.draft(), "draft.txt")
	sameMarks(t, "multi-byte draft", p.marks(), marksOf(findings))

	// Tab from the draft reaches the first finding, and the panel shows it.
	p.run(chromedp.Focus(chromedp.ID("draft")), chromedp.KeyEvent(kb.Tab))
	type focus struct {
		Offset  int    `json:"offset"`
		Message string `json:"message"`
	}
	focused := eval[focus](p, `(() => { const m = document.activeElement; return m.matches("mark[data-i]") ? {offset: +m.dataset.offset, message: document.getElementById("detail-message").textContent} : {offset: -1, message: ""}; })()`)
	first := findings[0]
	for _, f := range findings {
		if f.Offset < first.Offset {
			first = f
		}
	}
	if focused.Offset != first.Offset || focused.Message == "" {
		t.Fatalf("Tab from the draft focused %+v, want the first finding at byte %d with its message shown", focused, first.Offset)
	}

	// Enter on a finding without a fix changes nothing and says so.
	withFix, without := -1, -1
	for i, f := range findings {
		if len(f.Fixes) > 0 && withFix < 0 {
			withFix = i
		}
		if len(f.Fixes) == 0 && without < 0 {
			without = i
		}
	}
	if without >= 0 {
		before := p.draft()
		p.tabTo(findings[without].Offset, findings[without].Rule)
		p.run(chromedp.KeyEvent(kb.Enter))
		if got := p.draft(); got != before {
			t.Errorf("Enter on %q, which has no fix, changed the draft to %q", findings[without].Message, got)
		}
		if status := eval[string](p, `document.getElementById("status").textContent`); !strings.Contains(status, "no safe fix") {
			t.Errorf("status %q does not say the finding has no fix", status)
		}
	}
	if withFix < 0 {
		t.Log("no finding carries a fix (lint.Finding.Fixes is empty): nothing to apply")
		return
	}
	f := findings[withFix]
	src := []byte(p.draft())
	edits := f.Fixes[0].Edits
	sort.Slice(edits, func(i, j int) bool { return edits[i].Offset > edits[j].Offset })
	want := append([]byte(nil), src...)
	for _, e := range edits {
		want = append(want[:e.Offset:e.Offset], append([]byte(e.New), src[e.Offset+e.Length:]...)...)
		src = want
	}
	p.tabTo(f.Offset, f.Rule)
	p.run(chromedp.KeyEvent(kb.Enter))
	p.waitChecked()
	if got := p.draft(); got != string(want) {
		t.Errorf("after Enter on %q:\n%q\nthe finding's edits give\n%q", f.Message, got, want)
	}
}

// TestAudienceSwitch picks another reader and wants the findings and the
// sentence limit of `dejargon check -a`.
func TestAudienceSwitch(t *testing.T) {
	p := open(t)
	src, err := os.ReadFile(filepath.Join(root, "testdata/examples/incident-announcement.txt"))
	if err != nil {
		t.Fatal(err)
	}
	p.paste(string(src))
	text := p.draft()
	business := p.marks()
	sameMarks(t, "business", business, marksOf(p.s.check(t, text, "draft.txt", "-a", "business")))
	for _, a := range []string{"technical", "general", "executive"} {
		p.pickAudience(a)
		if audience := eval[string](p, `window.dejargonPage.result().profile.audience`); audience != a {
			t.Fatalf("checked for %q after picking %q", audience, a)
		}
		sameMarks(t, a, p.marks(), marksOf(p.s.check(t, text, "draft.txt", "-a", a)))
	}
	caption := eval[string](p, `document.getElementById("chart-caption").textContent`)
	if !strings.Contains(caption, "the line is 25 words") {
		t.Errorf("chart caption %q does not give the executive limit", caption)
	}
	p.pickAudience("technical")
	if fmt.Sprint(p.marks()) == fmt.Sprint(business) {
		t.Error("technical readers get the same findings as business ones; the switch did nothing")
	}
}

// TestTeamGlossary loads a team glossary from disk, wants the findings of
// `dejargon check -g`, and wants it kept after a reload.
func TestTeamGlossary(t *testing.T) {
	p := open(t)
	dir := t.TempDir()
	g := filepath.Join(dir, "team-glossary.yaml")
	err := os.WriteFile(g, []byte(`version: 1
entries:
  - term: CAB
    kind: acronym
    expansion: change advisory board
    definition: The group that approves changes to live systems.
  - term: frobnicate
    kind: jargon
    replace: [adjust]
`), 0o644)
	if err != nil {
		t.Fatal(err)
	}
	text := "The CAB will frobnicate the release plan on Monday.\n"
	p.paste(text)
	before := p.marks()
	p.run(chromedp.SetUploadFiles(chromedp.ID("team-file"), []string{g}, chromedp.NodeReady))
	p.run(chromedp.WaitVisible(chromedp.Search(`//p[@id="team-status"][contains(., "team-glossary.yaml")]`)))
	p.waitChecked()
	want := marksOf(p.s.check(t, text, "draft.txt", "-g", g))
	sameMarks(t, "with the team glossary", p.marks(), want)
	if fmt.Sprint(before) == fmt.Sprint(want) {
		t.Error("the team glossary changed nothing, so the comparison proves nothing")
	}
	terms := eval[string](p, `window.dejargonPage.revision().termsText`)
	if !strings.Contains(terms, "change advisory board") {
		t.Errorf("the glossary to copy lacks the team's term:\n%s", terms)
	}

	// Kept in local storage: after a reload it still applies.
	p.run(chromedp.Reload())
	p.ready()
	p.paste(text)
	sameMarks(t, "after a reload", p.marks(), want)

	// A broken glossary is refused with its line, and the old one stays.
	bad := filepath.Join(dir, "broken.yaml")
	if err := os.WriteFile(bad, []byte("version: 1\nentries:\n  - term: x\n    kind: nonsense\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	p.run(chromedp.SetUploadFiles(chromedp.ID("team-file"), []string{bad}, chromedp.NodeReady))
	p.run(chromedp.WaitVisible(chromedp.Search(`//p[@id="team-status"][contains(., "broken.yaml:4:")]`)))
	p.do(`window.dejargonPage.checkNow()`)
	sameMarks(t, "after a broken glossary", p.marks(), want)
}

// TestScreenshotsAndNarrowWindow leaves screenshots of the page, wide and
// phone-narrow, and wants nothing to spill sideways in the narrow one.
func TestScreenshotsAndNarrowWindow(t *testing.T) {
	p := open(t)
	p.openFile(filepath.Join(root, "testdata/examples/announcement.txt"))
	// Select a piece of jargon by keyboard, so the screenshot shows a
	// finding with its meaning and fix.
	type at struct {
		Offset int    `json:"offset"`
		Rule   string `json:"rule"`
	}
	jargon := eval[at](p, `window.dejargonPage.result().findings.find(f => f.rule === "jargon")`)
	p.run(chromedp.Focus(chromedp.ID("draft")))
	p.tabTo(jargon.Offset, jargon.Rule)
	t.Logf("screenshot: %s", p.screenshot("page-wide.png"))

	p.run(chromedp.EmulateViewport(390, 844))
	type widths struct {
		Scroll int `json:"scroll"`
		Client int `json:"client"`
	}
	overflow := eval[widths](p, `({scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth})`)
	if overflow.Scroll > overflow.Client {
		t.Errorf("at 390 pixels the page is %d pixels wide", overflow.Scroll)
	}
	t.Logf("screenshot: %s", p.screenshot("page-narrow.png"))
}

// TestContrast computes the WCAG contrast of every piece of text on the
// page against the background it sits on: 4.5:1 at least, 3:1 for large
// text (AA).
func TestContrast(t *testing.T) {
	p := open(t)
	p.openFile(filepath.Join(root, "testdata/examples/incident-report.md"))
	p.paste(multiByte + "\nThe report was written by the team. We made a decision to carry out a review of the plan.\n")
	p.run(chromedp.Focus(chromedp.ID("draft")), chromedp.KeyEvent(kb.Tab))
	type report struct {
		Bad     []string `json:"bad"`
		Checked int      `json:"checked"`
	}
	r := eval[report](p, contrastJS)
	if r.Checked < 30 {
		t.Errorf("checked only %d pieces of text", r.Checked)
	}
	for _, b := range r.Bad {
		t.Error(b)
	}
}

// contrastJS walks the visible elements holding text and returns those
// whose colour is too close to their background.
const contrastJS = `(() => {
  const rgb = (s) => { const m = s.match(/rgba?\(([^)]+)\)/); if (!m) return null; const v = m[1].split(",").map(Number); return {r: v[0], g: v[1], b: v[2], a: v.length > 3 ? v[3] : 1}; };
  const lum = (c) => { const f = (x) => { x /= 255; return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); }; return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
  const bgOf = (el) => { for (let e = el; e; e = e.parentElement) { const c = rgb(getComputedStyle(e).backgroundColor); if (c && c.a > 0.5) return c; } return {r: 255, g: 255, b: 255, a: 1}; };
  const bad = []; let checked = 0;
  for (const el of document.querySelectorAll("body *")) {
    if (el.closest("[hidden]") || el.closest("svg")) continue;
    const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
    if (!own || !el.getClientRects().length) continue;
    const st = getComputedStyle(el);
    if (st.visibility === "hidden" || st.display === "none") continue;
    const fg = rgb(st.color), bg = bgOf(el);
    const l1 = lum(fg), l2 = lum(bg);
    const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    const size = parseFloat(st.fontSize), bold = Number(st.fontWeight) >= 700;
    const need = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
    checked++;
    if (ratio < need) bad.push(el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + "." + el.className + " " + JSON.stringify(el.textContent.slice(0, 30)) + ": contrast " + ratio.toFixed(2) + ", want " + need);
  }
  return {bad, checked};
})()`

// pickAudience chooses a reader in the picker, as a user does.
func (p *page) pickAudience(a string) {
	p.t.Helper()
	p.run(chromedp.SetValue(chromedp.ID("audience"), a))
	p.do(`document.getElementById("audience").dispatchEvent(new Event("change"))`)
	p.waitChecked()
}

// jsString quotes s as a JavaScript string.
func jsString(s string) string {
	b, err := json.Marshal(s)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// TestRecheck50KB measures, in the browser, how long the page takes to
// check a 50 KB draft again after an edit (the engine call and the
// redrawing), and records it in the screenshot folder. It states the
// figure and checks that the draft was checked; timing alone never fails
// a test.
func TestRecheck50KB(t *testing.T) {
	p := open(t)
	var b strings.Builder
	for b.Len() < 50*1024 {
		for _, name := range []string{"announcement.txt", "incident-announcement.txt", "incident-report.md", "runbook.md"} {
			src, err := os.ReadFile(filepath.Join(root, "testdata/examples", name))
			if err != nil {
				t.Fatal(err)
			}
			b.Write(src)
			b.WriteString("\n")
		}
	}
	text := b.String()[:50*1024]
	p.paste(text)
	findings := len(eval[[]any](p, `window.dejargonPage.result().findings`))
	if findings < 100 {
		t.Fatalf("%d findings in 50 KB of examples; the draft was not checked whole", findings)
	}
	// Each run edits the draft, then times the check with the redrawing
	// of the marks and figures, and then the revision that follows it
	// (fixed text and glossary).
	var check, engine, revise []float64
	for i := range 9 {
		p.do(fmt.Sprintf(`document.getElementById("draft").value += %s`, jsString(fmt.Sprintf(" Edit %d.", i))))
		type times struct {
			Check  float64 `json:"check"`
			Engine float64 `json:"engine"`
			Revise float64 `json:"revise"`
		}
		tm := eval[times](p, `(() => { const c = window.dejargonPage.checkNow(); const e = window.dejargonPage.engineMs(); const r = window.dejargonPage.reviseNow(); return {check: c, engine: e, revise: r}; })()`)
		check, engine, revise = append(check, tm.Check), append(engine, tm.Engine), append(revise, tm.Revise)
	}
	summary := func(xs []float64) string {
		sort.Float64s(xs)
		return fmt.Sprintf("median %.1f ms (fastest %.1f, slowest %.1f)", xs[len(xs)/2], xs[0], xs[len(xs)-1])
	}
	msg := fmt.Sprintf("%d-byte draft, %d findings, %d runs in Chromium: re-check and redraw %s, of which the engine %s; then fixed text and glossary %s\n",
		len(text), findings, len(check), summary(check), summary(engine), summary(revise))
	t.Log(msg)
	if err := os.MkdirAll(screenshotDir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(screenshotDir, "recheck-50kb.txt"), []byte(msg), 0o644); err != nil {
		t.Fatal(err)
	}
}

// tabTo presses Tab until the finding of rule at offset has the focus.
func (p *page) tabTo(offset int, rule string) {
	p.t.Helper()
	js := fmt.Sprintf(`(() => { const m = document.activeElement; return !!m && m.matches("mark[data-i]") && +m.dataset.offset === %d && m.dataset.rule === %s; })()`, offset, jsString(rule))
	for range 100 {
		if eval[bool](p, js) {
			return
		}
		p.run(chromedp.KeyEvent(kb.Tab))
	}
	p.t.Fatalf("Tab never reached the %s finding at byte %d", rule, offset)
}
