package course

import (
	"bytes"
	"reflect"
	"testing"
	"testing/fstest"

	"github.com/BurntSushi/toml"
)

// FuzzModuleTOML: any module.toml decodes without panicking; what decodes
// encodes back to TOML that decodes to the same module; and LoadModule on it
// gives a module with a place in the list. Seeds: testdata/fuzz/FuzzModuleTOML
// (the twenty bundled files and edge cases).
func FuzzModuleTOML(f *testing.F) {
	f.Add([]byte("number = 1\nslug = \"digital-transition\"\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		mf, err := decodeModuleTOML("module.toml", data)
		if err != nil {
			return
		}
		if mf.Title == nil || mf.Summary == nil {
			t.Fatal("nil title or summary map")
		}
		var buf bytes.Buffer
		if err := toml.NewEncoder(&buf).Encode(mf); err != nil {
			t.Fatalf("encode back: %v", err)
		}
		again, err := decodeModuleTOML("again.toml", buf.Bytes())
		if err != nil {
			t.Fatalf("re-decode: %v\n%s", err, buf.String())
		}
		if !reflect.DeepEqual(normModule(mf), normModule(again)) {
			t.Fatalf("round trip changed the module:\n%+v\n%+v", mf, again)
		}
		fsys := fstest.MapFS{"07-digital-commons/module.toml": {Data: data}}
		m, err := LoadModule(fsys, "07-digital-commons")
		if err != nil {
			t.Fatalf("LoadModule failed where decoding succeeded: %v", err)
		}
		if m.Number == 0 {
			t.Fatal("module without a number (the folder's should be used)")
		}
	})
}

// normModule makes empty and nil slices equal for comparison.
func normModule(m *moduleFile) moduleFile {
	c := *m
	if len(c.DigComp) == 0 {
		c.DigComp = nil
	}
	return c
}
