//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly || windows)

package datafile

func isDiskFull(err error) bool { return false }

func isReadOnly(err error) bool { return false }
