//go:build linux && cgo

package ui

// #include <malloc.h>
import "C"

// trimCHeap gives the system back the free pages of the C allocator. Mesa's
// software renderer keeps its textures there; once Fyne deleted them, glibc
// keeps the pages for the next allocation unless asked (malloc_trim).
func trimCHeap() { C.malloc_trim(0) }
