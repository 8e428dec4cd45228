// Package browser holds the tests that drive the web page in a real
// browser, headless Chromium, through the Chrome DevTools Protocol
// (github.com/chromedp/chromedp). They build dejargon, start `dejargon
// serve`, and compare what the page shows and does with what the command
// line prints for the same text.
//
// They need Chromium and the page's engine, so they run only when
// DEJARGON_BROWSER_TESTS=1 is set (.ci/web-check sets it after building
// the engine with `go generate ./web`); then a missing browser or engine
// fails them rather than skipping them. CHROMIUM names the browser
// (default: chromium on the PATH). Screenshots go to web/screenshots.
package browser
