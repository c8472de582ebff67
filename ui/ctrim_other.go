//go:build !linux || !cgo

package ui

// trimCHeap does nothing here: the C allocators of Windows and macOS give
// free pages back on their own.
func trimCHeap() {}
