//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly || windows)

package datafile

var diskFullErrors []error

func isDiskFull(err error) bool { return false }

func isReadOnly(err error) bool { return false }
