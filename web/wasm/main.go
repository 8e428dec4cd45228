//go:build js && wasm

// Command wasm is the engine as the web page loads it: it registers a
// global object, dejargon, whose functions take and return JSON, and then
// waits for calls. All the work is in package engine.
package main

import (
	"encoding/json"
	"fmt"
	"runtime/debug"
	"syscall/js"

	"github.com/dejargon/dejargon/web/engine"
)

// call wraps a Go function for JavaScript. A panic, which would stop the
// Go program and every later call with it, becomes an error the page
// shows instead.
func call(f func(args []js.Value) any) js.Func {
	return js.FuncOf(func(_ js.Value, args []js.Value) (result any) {
		defer func() {
			if r := recover(); r != nil {
				result = failure(fmt.Errorf("internal error: %v", r))
			}
		}()
		return f(args)
	})
}

func main() {
	// The linter (the matcher over the whole glossary) is most of the
	// heap and lives as long as the page; a check allocates little beside
	// it. WebAssembly's collector runs on the page's one thread, so
	// collecting only when the heap has grown several times over keeps
	// re-checks quick as the writer types.
	debug.SetGCPercent(800)
	var e engine.Engine
	api := js.Global().Get("Object").New()
	api.Set("check", call(func(args []js.Value) any {
		var req engine.Request
		if err := decode(args, &req); err != nil {
			return failure(err)
		}
		res, err := e.Check(req)
		if err != nil {
			return failure(err)
		}
		return encode(res)
	}))
	api.Set("revise", call(func(args []js.Value) any {
		var req engine.Request
		if err := decode(args, &req); err != nil {
			return failure(err)
		}
		rev, err := e.Revise(req)
		if err != nil {
			return failure(err)
		}
		return encode(rev)
	}))
	api.Set("loadTeam", call(func(args []js.Value) any {
		var files []engine.TeamFile
		if err := decode(args, &files); err != nil {
			return failure(err)
		}
		info, err := engine.LoadTeam(files)
		if err != nil {
			return failure(err)
		}
		return encode(info)
	}))
	api.Set("audiences", call(func([]js.Value) any {
		return encode(engine.Audiences())
	}))
	api.Set("types", call(func([]js.Value) any {
		return encode(engine.Types())
	}))
	api.Set("rules", call(func([]js.Value) any {
		return encode(engine.Rules())
	}))
	js.Global().Set("dejargon", api)
	// Tell the page the engine is ready, then serve calls for as long as
	// the page lives.
	if ready := js.Global().Get("dejargonReady"); ready.Type() == js.TypeFunction {
		ready.Invoke()
	}
	select {}
}

// decode reads the one JSON string argument.
func decode(args []js.Value, v any) error {
	if len(args) != 1 || args[0].Type() != js.TypeString {
		return fmt.Errorf("want one JSON string argument")
	}
	return json.Unmarshal([]byte(args[0].String()), v)
}

func encode(v any) any {
	b, err := json.Marshal(v)
	if err != nil {
		return failure(err)
	}
	return string(b)
}

// failure is a JSON object with the error, which the page shows.
func failure(err error) any {
	b, _ := json.Marshal(map[string]string{"error": err.Error()})
	return string(b)
}
