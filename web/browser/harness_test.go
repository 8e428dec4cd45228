package browser

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// root is the repository root, from this package's folder.
const root = "../.."

// screenshotDir is where the tests leave screenshots, named in the README.
const screenshotDir = "../screenshots"

// server is one `dejargon serve` for every test, and the binary it runs,
// which the tests also run as the command line to compare with.
type server struct {
	bin  string
	base string // http://127.0.0.1:PORT/
	cmd  *exec.Cmd
	err  error
}

var (
	srvOnce sync.Once
	srv     server
)

func TestMain(m *testing.M) {
	code := m.Run()
	if srv.cmd != nil {
		srv.cmd.Process.Signal(os.Interrupt)
		srv.cmd.Wait()
	}
	if srv.bin != "" {
		os.RemoveAll(filepath.Dir(srv.bin))
	}
	os.Exit(code)
}

// enabled skips the test unless the browser tests were asked for.
func enabled(t *testing.T) {
	t.Helper()
	if os.Getenv("DEJARGON_BROWSER_TESTS") != "1" {
		t.Skip("browser tests run with DEJARGON_BROWSER_TESTS=1 (see .ci/web-check)")
	}
}

// start builds dejargon and starts `dejargon serve --port 0` once.
func start(t *testing.T) *server {
	t.Helper()
	enabled(t)
	srvOnce.Do(func() { srv.err = srv.start() })
	if srv.err != nil {
		t.Fatal(srv.err)
	}
	return &srv
}

func (s *server) start() error {
	if _, err := os.Stat(filepath.Join(root, "web/static/gen/dejargon.wasm")); err != nil {
		return fmt.Errorf("the page's engine is not built (run go generate ./web): %w", err)
	}
	dir, err := os.MkdirTemp("", "dejargon-browser-")
	if err != nil {
		return err
	}
	s.bin = filepath.Join(dir, "dejargon")
	build := exec.Command("go", "build", "-o", s.bin, "./cmd/dejargon")
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		return fmt.Errorf("building dejargon: %v\n%s", err, out)
	}
	s.cmd = exec.Command(s.bin, "serve", "--port", "0")
	out, err := s.cmd.StdoutPipe()
	if err != nil {
		return err
	}
	s.cmd.Stderr = os.Stderr
	if err := s.cmd.Start(); err != nil {
		return fmt.Errorf("starting dejargon serve: %w", err)
	}
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil {
		return fmt.Errorf("reading the address dejargon serve prints: %w", err)
	}
	m := regexp.MustCompile(`http://127\.0\.0\.1:\d+/`).FindString(line)
	if m == "" {
		return fmt.Errorf("dejargon serve printed %q, not a loopback address", line)
	}
	s.base = m
	return nil
}

// cli runs dejargon with stdin and returns its standard output; exit
// status 1 (findings) is not a failure.
func (s *server) cli(t *testing.T, stdin string, args ...string) string {
	t.Helper()
	cmd := exec.Command(s.bin, args...)
	cmd.Stdin = strings.NewReader(stdin)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); err != nil && (!ok || ee.ExitCode() != 1) {
		t.Fatalf("dejargon %s: %v\n%s", strings.Join(args, " "), err, errOut.String())
	}
	return out.String()
}

// page is one browser, with its own profile, on the page.
type page struct {
	t   *testing.T
	s   *server
	ctx context.Context
	mu  sync.Mutex
	// requests lists every URL the page asked for.
	requests []string
}

// chromium is the browser the tests drive.
func chromium() string {
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p
	}
	if p, err := exec.LookPath("chromium"); err == nil {
		return p
	}
	return "/usr/bin/chromium"
}

// open starts a fresh headless Chromium on the page and waits for the
// engine. At the end of the test it checks that every request the page
// made went to the server it came from.
func open(t *testing.T) *page {
	t.Helper()
	return openAt(t, start(t).base)
}

// openAt opens the page served at base, which may be another server than
// dejargon serve (a static host).
func openAt(t *testing.T, base string) *page {
	t.Helper()
	s := start(t)
	if _, err := os.Stat(chromium()); err != nil {
		t.Fatalf("no Chromium to drive (install the chromium package or set CHROMIUM): %v", err)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromium()),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1400, 1000),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelTab := chromedp.NewContext(actx)
	ctx, cancelTime := context.WithTimeout(ctx, 3*time.Minute)
	p := &page{t: t, s: s, ctx: ctx}
	err := chromedp.Listen(ctx, func(ev any) {
		if e, ok := ev.(*network.EventRequestWillBeSent); ok {
			p.mu.Lock()
			p.requests = append(p.requests, e.Request.URL)
			p.mu.Unlock()
		}
	})
	if err != nil {
		cancelTime()
		cancelTab()
		cancelAlloc()
		t.Fatalf("starting Chromium: %v", err)
	}
	t.Cleanup(func() {
		p.mu.Lock()
		defer p.mu.Unlock()
		if len(p.requests) == 0 {
			t.Error("saw no requests at all; the request check cannot have worked")
		}
		for _, u := range p.requests {
			if !strings.HasPrefix(u, base) {
				t.Errorf("the page asked for %s, outside %s", u, base)
			}
		}
		cancelTime()
		cancelTab()
		cancelAlloc()
	})
	p.run(chromedp.Navigate(base))
	p.ready()
	return p
}

// ready waits for the engine to have loaded and checked once.
func (p *page) ready() {
	p.t.Helper()
	p.run(chromedp.WaitVisible(chromedp.CSS("body.ready")))
	p.waitChecked()
}

func (p *page) run(actions ...chromedp.Action[chromedp.Void]) {
	p.t.Helper()
	if err := chromedp.Do(p.ctx, actions...); err != nil {
		p.t.Fatal(err)
	}
}

// eval runs a JavaScript expression, awaiting a promise, and returns its
// value.
func eval[T any](p *page, js string) T {
	p.t.Helper()
	v, err := chromedp.Run(p.ctx, chromedp.Evaluate[T](js, chromedp.EvalAwaitPromise))
	if err != nil {
		p.t.Fatalf("%s: %v", js, err)
	}
	return v
}

// do runs JavaScript for its effect.
func (p *page) do(js string) {
	p.t.Helper()
	eval[any](p, "("+js+", null)")
}

// insertText types text where the focus is, as the browser inserts
// pasted text.
func insertText(text string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, input.InsertText, input.InsertTextParams{Text: text})
		return err
	})
}

// paste puts text into the empty draft as the browser inserts pasted
// text, then waits for the check that typing starts.
func (p *page) paste(text string) {
	p.t.Helper()
	p.do(`document.getElementById("draft").value = ""`)
	p.run(chromedp.Focus(chromedp.ID("draft")), insertText(text))
	p.waitChecked()
}

// openFile opens path with the page's "Open a file" control.
func (p *page) openFile(path string) {
	p.t.Helper()
	abs, err := filepath.Abs(path)
	if err != nil {
		p.t.Fatal(err)
	}
	p.run(chromedp.SetUploadFiles(chromedp.ID("open-file"), []string{abs}, chromedp.NodeReady))
	want := filepath.Base(path)
	for range 200 {
		if eval[string](p, `window.dejargonPage.fileName()`) == want {
			break
		}
		time.Sleep(25 * time.Millisecond)
	}
	p.waitChecked()
}

// waitChecked waits until the engine's last answer is about the text in
// the draft.
func (p *page) waitChecked() {
	p.t.Helper()
	for range 400 {
		if eval[bool](p, `(() => { const r = window.dejargonPage; const d = document.getElementById("draft").value; return !!r && !!r.result() && r.checkedText() === d && r.revisedText() === d; })()`) {
			return
		}
		time.Sleep(25 * time.Millisecond)
	}
	p.t.Fatal("the page never checked the draft")
}

func (p *page) draft() string {
	p.t.Helper()
	return eval[string](p, `document.getElementById("draft").value`)
}

// mark is a finding as the page marks it.
type mark struct {
	Offset int    `json:"offset"`
	Length int    `json:"length"`
	Rule   string `json:"rule"`
}

// marks lists the findings marked in the marked-up draft.
func (p *page) marks() []mark {
	p.t.Helper()
	ms := eval[[]mark](p, `[...document.querySelectorAll("#marked mark[data-i]")].map(m => ({offset: +m.dataset.offset, length: +m.dataset.length, rule: m.dataset.rule}))`)
	sortMarks(ms)
	return ms
}

func sortMarks(ms []mark) {
	sort.Slice(ms, func(i, j int) bool {
		if ms[i].Offset != ms[j].Offset {
			return ms[i].Offset < ms[j].Offset
		}
		if ms[i].Length != ms[j].Length {
			return ms[i].Length > ms[j].Length
		}
		return ms[i].Rule < ms[j].Rule
	})
}

// cliFinding is a finding of `dejargon check --format json`.
type cliFinding struct {
	mark
	Message string `json:"message"`
	Fixes   []struct {
		Title string `json:"title"`
		Edits []struct {
			Offset int    `json:"offset"`
			Length int    `json:"length"`
			New    string `json:"new"`
		} `json:"edits"`
	} `json:"fixes"`
}

// check runs `dejargon check --format json` on text named name.
func (s *server) check(t *testing.T, text, name string, args ...string) []cliFinding {
	t.Helper()
	out := s.cli(t, text, append([]string{"check", "--format", "json", "--stdin-filename", name}, append(args, "-")...)...)
	var rep struct {
		Findings []cliFinding `json:"findings"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("check's JSON: %v\n%s", err, out)
	}
	return rep.Findings
}

func marksOf(fs []cliFinding) []mark {
	ms := make([]mark, len(fs))
	for i, f := range fs {
		ms[i] = f.mark
	}
	sortMarks(ms)
	return ms
}

// sameMarks fails the test unless the page marks exactly want.
func sameMarks(t *testing.T, what string, got, want []mark) {
	t.Helper()
	if len(want) == 0 {
		t.Errorf("%s: the command line finds nothing, so the comparison proves nothing", what)
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("%s: the page marks\n%v\nthe command line finds\n%v", what, got, want)
	}
}

func (p *page) screenshot(name string) string {
	p.t.Helper()
	png, err := chromedp.Run(p.ctx, chromedp.FullScreenshot(100))
	if err != nil {
		p.t.Fatal(err)
	}
	if err := os.MkdirAll(screenshotDir, 0o755); err != nil {
		p.t.Fatal(err)
	}
	path := filepath.Join(screenshotDir, name)
	if err := os.WriteFile(path, png, 0o644); err != nil {
		p.t.Fatal(err)
	}
	return path
}
