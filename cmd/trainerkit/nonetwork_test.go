package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The kit never connects anywhere. The only package that deals with the
// network at all is the one that opens links, in the system browser and only
// when the trainer clicks one (ui, through fyne.App.OpenURL).
const (
	modulePath = "github.com/socialtech/trainerkit"
	linkOpener = modulePath + "/ui"
)

// networkClient reports whether an import path is a network client: a
// package that can dial or serve. URL and address parsing (net/url,
// net/netip, net/mail) are not.
func networkClient(path string) bool {
	switch path {
	case "net", "net/http", "net/rpc", "net/smtp", "net/textproto", "crypto/tls",
		"github.com/gorilla/websocket", "nhooyr.io/websocket", "github.com/coder/websocket":
		return true
	}
	for _, prefix := range []string{"net/http/", "net/rpc/", "golang.org/x/net/", "google.golang.org/grpc", "github.com/go-resty/", "github.com/valyala/fasthttp"} {
		if strings.HasPrefix(path, prefix) {
			return true
		}
	}
	return false
}

func TestNoNetworkImports(t *testing.T) {
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("the go command is not on PATH")
	}
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(goBin, "list", "-deps", "-json=ImportPath,Imports,TestImports,XTestImports", "./...")
	cmd.Dir = root
	// Everything is in the module cache: never reach the module proxy.
	cmd.Env = append(os.Environ(), "GOPROXY=off")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, stderr.String())
	}
	dec := json.NewDecoder(bytes.NewReader(out))
	ours := 0
	sawOpener := false
	for {
		var p struct {
			ImportPath                         string
			Imports, TestImports, XTestImports []string
		}
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		if p.ImportPath != modulePath && !strings.HasPrefix(p.ImportPath, modulePath+"/") {
			continue // third-party and standard packages are not ours to police
		}
		ours++
		if p.ImportPath == linkOpener {
			sawOpener = true
			continue
		}
		for _, list := range [][]string{p.Imports, p.TestImports, p.XTestImports} {
			for _, imp := range list {
				if networkClient(imp) {
					t.Errorf("%s imports %s: the kit must never connect to the network", p.ImportPath, imp)
				}
			}
		}
	}
	if ours < 5 {
		t.Fatalf("go list found only %d packages of the module", ours)
	}
	if !sawOpener {
		t.Errorf("%s (the package allowed to open links) was not found: update linkOpener", linkOpener)
	}
}

func TestNetworkClientList(t *testing.T) {
	for path, want := range map[string]bool{
		"net": true, "net/http": true, "net/http/httptest": true, "net/rpc/jsonrpc": true, "net/smtp": true,
		"crypto/tls": true, "golang.org/x/net/websocket": true,
		"net/url": false, "net/netip": false, "net/mail": false, "network": false, "crypto/sha256": false,
	} {
		if networkClient(path) != want {
			t.Errorf("networkClient(%q) = %v", path, !want)
		}
	}
}
