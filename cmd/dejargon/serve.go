package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strconv"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/dejargon/dejargon/web"
)

// serveOptions are the flags of `dejargon serve`.
type serveOptions struct {
	port   int
	listen string
	write  string
	// site replaces the embedded page in tests.
	site fs.FS
}

// defaultServePort is the port when neither --port nor --listen names one.
const defaultServePort = 7878

func newServeCmd(io *streams) *cobra.Command {
	return newServeCmdWith(io, nil)
}

// newServeCmdWith serves site instead of the embedded page when it is
// not nil, for tests that run without the generated engine.
func newServeCmdWith(io *streams, site fs.FS) *cobra.Command {
	o := &serveOptions{site: site}
	cmd := &cobra.Command{
		Use:   "serve [FILE]",
		Short: "Serve the web page that checks drafts in the browser",
		Long: `serve starts a web server for dejargon's page, where a writer pastes a draft
and sees its jargon, takes the fixes and copies a reader's glossary. The
checker runs inside the browser (WebAssembly): the draft never leaves the
machine. The server listens on 127.0.0.1 only, unless --listen names
another address; it prints the address and opens nothing by itself. With
FILE the page opens on that file. --write DIR writes the page to a folder
for any static web host instead of serving it.`,
		Example: `  dejargon serve                                  # http://127.0.0.1:7878/
  dejargon serve testdata/examples/announcement.txt
  dejargon serve --port 0                         # any free port
  dejargon serve --listen 192.168.1.10:8080       # reachable from the network
  dejargon serve --write site/                    # the page as static files`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if o.listen != "" && cmd.Flags().Changed("port") {
				return usagef("--listen names the port too; leave out --port")
			}
			return serve(cmd.Context(), io, o, args)
		},
	}
	f := cmd.Flags()
	f.IntVar(&o.port, "port", defaultServePort, "port on 127.0.0.1 to serve on (0 picks a free one)")
	f.StringVar(&o.listen, "listen", "", "serve on this `address` (host:port) instead, which may be reachable from other machines")
	f.StringVar(&o.write, "write", "", "write the page's files to `folder` for a static web host, and serve nothing")
	return cmd
}

func serve(ctx context.Context, io *streams, o *serveOptions, args []string) error {
	if o.write != "" && len(args) > 0 {
		return usagef("--write writes the page alone; name no file with it")
	}
	addr, err := o.address()
	if err != nil {
		return err
	}
	site := o.site
	if site == nil {
		s, err := web.Site()
		if err != nil {
			return err
		}
		site = s
	} else if err := web.CheckSite(site); err != nil {
		return err
	}
	if o.write != "" {
		if err := web.Write(o.write, site); err != nil {
			return err
		}
		fmt.Fprintf(io.Out, "wrote the page to %s\n", o.write)
		return nil
	}
	var draft *web.Draft
	if len(args) == 1 {
		data, err := os.ReadFile(args[0])
		if err != nil {
			var pe *fs.PathError
			if errors.As(err, &pe) {
				err = pe.Err
			}
			return fmt.Errorf("%s: %w", args[0], err)
		}
		draft = &web.Draft{Name: args[0], Text: string(data)}
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		if errors.Is(err, syscall.EADDRINUSE) {
			return fmt.Errorf("cannot serve on %s: the port is in use; choose another with --port (0 picks a free one)", addr)
		}
		return fmt.Errorf("cannot serve on %s: %w", addr, err)
	}
	host, _, _ := net.SplitHostPort(ln.Addr().String())
	if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() {
		fmt.Fprintf(io.ErrOut, "dejargon: serving on %s, which other machines may reach\n", ln.Addr())
	}
	srv := &http.Server{Handler: web.Handler(site, draft), ReadHeaderTimeout: 10 * time.Second}
	fmt.Fprintf(io.Out, "dejargon: the page is at http://%s/ (Ctrl-C stops)\n", ln.Addr())

	if ctx == nil {
		ctx = context.Background()
	}
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return fmt.Errorf("serving: %w", err)
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		return fmt.Errorf("stopping: %w", err)
	}
	return nil
}

// address is where to listen: 127.0.0.1 and --port, unless --listen
// names an address. Only --listen can name a host, so the page is never
// reachable from the network by accident.
func (o *serveOptions) address() (string, error) {
	if o.listen == "" {
		if o.port < 0 || o.port > 65535 {
			return "", usagef("--port %d: want a port from 0 to 65535", o.port)
		}
		return net.JoinHostPort("127.0.0.1", strconv.Itoa(o.port)), nil
	}
	host, port, err := net.SplitHostPort(o.listen)
	if err != nil {
		return "", usagef("--listen %q: want host:port, such as 127.0.0.1:8080 or [::1]:8080", o.listen)
	}
	if n, err := strconv.Atoi(port); err != nil || n < 0 || n > 65535 {
		return "", usagef("--listen %q: %q is not a port", o.listen, port)
	}
	if host == "" {
		return "", usagef("--listen %q: name the host (0.0.0.0 for every address)", o.listen)
	}
	return o.listen, nil
}
